export * from './taxonomy';
export * from './mention';
export * from './city-profile';
export * from './indicator';
