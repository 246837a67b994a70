import { ApiProperty } from '@nestjs/swagger';
import type { LoginRequest } from '@wardwatch/contracts';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

export class LoginDto implements LoginRequest {
  @ApiProperty({ example: 'biomed@wardwatch.demo' })
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'wardwatch-demo' })
  @IsString()
  @MinLength(1, { message: 'password must not be empty' })
  @MaxLength(512)
  password!: string;
}
