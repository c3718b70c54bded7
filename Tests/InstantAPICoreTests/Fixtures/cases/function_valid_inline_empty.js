const unused = 'nothing is returned';
