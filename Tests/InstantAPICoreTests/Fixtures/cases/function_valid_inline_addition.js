const left = 40;
const right = 2;
return left + right;
