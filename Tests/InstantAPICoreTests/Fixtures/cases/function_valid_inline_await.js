const value = await Promise.resolve('awaited');
return value;
