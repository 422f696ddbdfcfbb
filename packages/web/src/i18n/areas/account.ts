/** The words of signing up and of invitations. */
import { area } from './area';

export const accountWords = area(
  {
    'nav.account': 'Create an account',
    'account.create': 'New here? Create an account',
    'account.title': 'Create an account',
    'account.intro':
      'The first person on a team server creates an account here; everyone else joins through an invitation from a review’s owner.',
    'account.email': 'Email',
    'account.name': 'Name',
    'account.password': 'Password',
    'account.passwordHint': 'At least {n} characters.',
    'account.rules': 'Sign-up is open to the first user of this server only.',
    'account.rulesInvited': 'Use the email address the invitation was sent to.',
    'account.submit': 'Create the account',
    'account.haveOne': 'Have an account?',
    'account.signInLink': 'Sign in',
    'account.invitedTitle': 'An invitation to a review',
    'account.invitedIntro':
      'You have been invited to join a review. Create an account with the email address the invitation was sent to, or sign in if you have one.',
    'account.choice': 'Do you have an account?',
    'account.choiceNew': 'Create an account',
    'account.choiceExisting': 'I have an account',
    'account.signInAccept': 'Sign in and accept',
    'account.acceptAs': 'You are signed in as {name} ({email}). The invitation must be for that address.',
    'account.accept': 'Accept the invitation',
    'account.singleMode': 'This is a single-user workbench: invitations belong to team servers.',
  },
  {
    'nav.account': 'Opret en konto',
    'account.create': 'Ny her? Opret en konto',
    'account.title': 'Opret en konto',
    'account.intro':
      'Den første person på en teamserver opretter en konto her; alle andre kommer med gennem en invitation fra ejeren af et review.',
    'account.email': 'E-mail',
    'account.name': 'Navn',
    'account.password': 'Adgangskode',
    'account.passwordHint': 'Mindst {n} tegn.',
    'account.rules': 'Oprettelse er kun åben for serverens første bruger.',
    'account.rulesInvited': 'Brug den e-mailadresse, invitationen blev sendt til.',
    'account.submit': 'Opret kontoen',
    'account.haveOne': 'Har du en konto?',
    'account.signInLink': 'Log ind',
    'account.invitedTitle': 'En invitation til et review',
    'account.invitedIntro':
      'Du er inviteret til at deltage i et review. Opret en konto med den e-mailadresse, invitationen blev sendt til, eller log ind, hvis du har en.',
    'account.choice': 'Har du en konto?',
    'account.choiceNew': 'Opret en konto',
    'account.choiceExisting': 'Jeg har en konto',
    'account.signInAccept': 'Log ind og acceptér',
    'account.acceptAs': 'Du er logget ind som {name} ({email}). Invitationen skal være til den adresse.',
    'account.accept': 'Acceptér invitationen',
    'account.singleMode': 'Dette er en arbejdsbænk for én bruger: invitationer hører til teamservere.',
  },
);
