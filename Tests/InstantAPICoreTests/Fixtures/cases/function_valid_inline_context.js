const params = context.params;
return {received: params};
