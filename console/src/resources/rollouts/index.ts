import RocketLaunchOutlinedIcon from '@mui/icons-material/RocketLaunchOutlined';
import { RolloutCreate } from './RolloutCreate';
import { RolloutList } from './RolloutList';
import { RolloutShow } from './RolloutShow';

/**
 * 标准推广: head office's rollouts. The show page carries each level's
 * timeline, the branches' plans and their editor and workflow; the inbox
 * links there with `?unit=` naming whose plan to open.
 */
export default {
  list: RolloutList,
  show: RolloutShow,
  create: RolloutCreate,
  icon: RocketLaunchOutlinedIcon,
  recordRepresentation: 'code',
};
