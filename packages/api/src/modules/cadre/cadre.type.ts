import type { SubjectGroup } from '@nvtt/shared';
import { Field, Int, ObjectType } from 'type-graphql';
import { SubjectGroupEnum } from '../../graphql/enums.js';
import { Node, registerNodeEntity } from '../../graphql/relay.js';
import { LocalDateScalar } from '../../graphql/scalars.js';
import { CadreEntity } from './cadre.entity.js';

registerNodeEntity(CadreEntity, 'Cadre');

@ObjectType('Cadre', {
  implements: Node,
  description: 'A leader or manager subject to Regulation 622 (cán bộ lãnh đạo, quản lý).',
})
export class CadreType extends Node {
  @Field(() => String, { description: 'Personnel code (mã cán bộ).' })
  code: string;

  @Field(() => String, { description: 'Full name (họ và tên).' })
  fullName: string;

  @Field(() => Int, { nullable: true, description: 'Year of birth (năm sinh).' })
  birthYear: number | null;
}

@ObjectType('Position', { description: 'A post a cadre holds in a unit for a time (chức vụ).' })
export class PositionType {
  @Field(() => String, { description: 'Title of the post (chức danh), e.g. "Bí thư Đảng ủy xã".' })
  title: string;

  @Field(() => SubjectGroupEnum, { description: 'The subject group this post puts the cadre in (nhóm đối tượng).' })
  subjectGroup: SubjectGroup;

  @Field(() => LocalDateScalar, { description: 'First day in the post.' })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Last day in the post; null: still held.' })
  endsOn: string | null;

  @Field(() => Boolean, { description: 'A rotated cadre (cán bộ luân chuyển).' })
  rotated: boolean;
}
