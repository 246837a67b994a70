import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import type { LoginResponse, UserDto } from '@wardwatch/contracts';

import type { AccessTokenClaims } from '../../infra/auth/authenticated-user';
import { hashPassword, verifyPassword } from '../../infra/auth/password-hasher';
import type { AppConfig } from '../../infra/config/app-config';
import { APP_CONFIG } from '../../infra/config/config.module';
import { toUserDto, UsersService } from '../users/users.service';

/** Verified against when the email is unknown, so that a wrong email costs as long as a wrong password. */
const DUMMY_HASH = hashPassword('wardwatch-timing-equaliser');

@Injectable()
export class AuthService {
  constructor(
    private readonly users: UsersService,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async login(email: string, password: string): Promise<LoginResponse> {
    const user = await this.users.findByEmail(email);
    const valid = await verifyPassword(user?.passwordHash ?? (await DUMMY_HASH), password);
    if (!user || !valid) {
      throw new UnauthorizedException('email or password is wrong');
    }
    await this.users.recordLogin(user.id);
    const claims: AccessTokenClaims = { sub: user.id, email: user.email, role: user.role };
    return {
      accessToken: await this.jwt.signAsync(claims),
      tokenType: 'Bearer',
      expiresIn: this.config.auth.tokenTtlS,
      user: toUserDto(user),
    };
  }

  async me(id: string): Promise<UserDto> {
    const user = await this.users.findById(id);
    if (!user) {
      throw new UnauthorizedException('authorization: the user of this token no longer exists');
    }
    return toUserDto(user);
  }
}
