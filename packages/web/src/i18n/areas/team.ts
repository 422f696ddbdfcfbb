/** The words of the team page. */
import { area } from './area';

export const teamWords = area(
  {
    'nav.team': 'Team',
    'team.members': 'Members',
    'team.readOnly': 'You are a {role} of this review: the owners change the team.',
    'team.col.name': 'Name',
    'team.col.role': 'Role',
    'team.col.handle': 'Screening handle',
    'team.col.joined': 'Joined',
    'team.col.actions': 'Changes',
    'team.you': '(you)',
    'team.onlyOwner': 'The only owner keeps the role.',
    'team.save': 'Save',
    'team.remove': 'Remove',
    'team.removeYes': 'Yes, remove',
    'team.cancel': 'Cancel',
    'team.handleHint':
      'The handle signs the member’s screening decisions (a column of screening.csv): letters, digits, “.”, “_” or “-”, up to 24. A review always keeps one owner.',
    'team.inviteTitle': 'Invite someone',
    'team.email': 'Email',
    'team.invite': 'Invite',
    'team.inviteHint': 'The invitation is a link valid for 7 days, for that email address only. Send it yourself.',
    'team.invited': 'Invitation for {email}, valid until {date}. Copy the link and send it; it is shown only now.',
    'team.link': 'Invitation link',
    'team.copy': 'Copy link',
    'team.copied': 'Copied',
    'team.singleTitle': 'A single-user workbench',
    'team.singleText':
      'This workbench runs for one person on this computer, without sign-in: you are the owner of every review.',
    'team.singleHow':
      'To work as a team (members with roles, invitations, two reviewers per record), run a team server on a shared database:',
    'team.singleAfter': 'The first person to sign up on a team server sets up reviews and invites the others.',
  },
  {
    'nav.team': 'Team',
    'team.members': 'Medlemmer',
    'team.readOnly': 'Du er {role} i dette review: ejerne ændrer teamet.',
    'team.col.name': 'Navn',
    'team.col.role': 'Rolle',
    'team.col.handle': 'Screeningsinitialer',
    'team.col.joined': 'Med siden',
    'team.col.actions': 'Ændringer',
    'team.you': '(dig)',
    'team.onlyOwner': 'Den eneste ejer beholder rollen.',
    'team.save': 'Gem',
    'team.remove': 'Fjern',
    'team.removeYes': 'Ja, fjern',
    'team.cancel': 'Annullér',
    'team.handleHint':
      'Initialerne underskriver medlemmets screeningsbeslutninger (en kolonne i screening.csv): bogstaver, tal, “.”, “_” eller “-”, højst 24. Et review har altid mindst én ejer.',
    'team.inviteTitle': 'Invitér nogen',
    'team.email': 'E-mail',
    'team.invite': 'Invitér',
    'team.inviteHint': 'Invitationen er et link, der gælder i 7 dage og kun for den e-mailadresse. Send det selv.',
    'team.invited': 'Invitation til {email}, gyldig til {date}. Kopiér linket og send det; det vises kun nu.',
    'team.link': 'Invitationslink',
    'team.copy': 'Kopiér link',
    'team.copied': 'Kopieret',
    'team.singleTitle': 'En arbejdsbænk for én bruger',
    'team.singleText':
      'Denne arbejdsbænk kører for én person på denne computer, uden login: du er ejer af alle reviews.',
    'team.singleHow':
      'For at arbejde som team (medlemmer med roller, invitationer, to bedømmere pr. reference) skal du køre en teamserver på en fælles database:',
    'team.singleAfter': 'Den første, der opretter sig på en teamserver, opretter reviews og inviterer de andre.',
  },
);
