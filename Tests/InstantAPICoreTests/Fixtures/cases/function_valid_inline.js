return 'inline hello';
