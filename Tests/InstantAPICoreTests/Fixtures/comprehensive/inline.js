return context.params;
