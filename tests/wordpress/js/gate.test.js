// lockFor(): when the editor's Publish button is held back, and why. Run with `node --test`.
'use strict';

const test = require( 'node:test' );
const assert = require( 'node:assert/strict' );
const path = require( 'node:path' );

/** Loads gate.js with the settings given, on stand-ins for the wp.* globals it reads. */
function loadGate( settings ) {
	globalThis.window = globalThis;
	window.wp = {
		element: { useEffect() {} },
		data: { useSelect() {}, useDispatch() {} },
		i18n: { __: ( text ) => text },
	};
	window.smmlintEditor = {};
	window.smmlintSettings = settings;
	const file = path.resolve( __dirname, '../../../integrations/wordpress/smmlint/assets/js/gate.js' );
	delete require.cache[ file ];
	require( file );
	return window.smmlintEditor.lockFor;
}

const KEY = '{"post_id":7}';
const settled = ( verdict, extra = {} ) => ( {
	requestedKey: KEY,
	checking: false,
	verdictKey: KEY,
	verdict,
	error: null,
	overriddenKey: null,
	...extra,
} );
const FAILED = { status: 'fail', locked: true, overridden: false, reason: 'held back' };
const PASSED = { status: 'pass', locked: false, overridden: false, reason: 'passes' };

test( 'a settled verdict decides', () => {
	const lockFor = loadGate( { onFail: 'block', onUnavailable: 'warn' } );
	assert.deepEqual( lockFor( settled( FAILED ), KEY, false ), { locked: true, reason: 'held back' } );
	assert.deepEqual( lockFor( settled( PASSED ), KEY, false ), { locked: false, reason: 'passes' } );
} );

test( 'a published post is never held back', () => {
	const lockFor = loadGate( { onFail: 'block', onUnavailable: 'block' } );
	assert.equal( lockFor( settled( FAILED ), KEY, true ).locked, false );
} );

test( 'publishing anyway releases the lock, in this session or recorded', () => {
	const lockFor = loadGate( { onFail: 'block', onUnavailable: 'block' } );
	assert.equal( lockFor( settled( FAILED, { overriddenKey: KEY } ), KEY, false ).locked, false );
	assert.equal( lockFor( settled( { ...FAILED, overridden: true } ), KEY, false ).locked, false );
} );

test( 'an override holds only for the texts it was chosen for', () => {
	const lockFor = loadGate( { onFail: 'block', onUnavailable: 'warn' } );
	const changed = '{"post_id":7,"title":"new"}';
	// Overridden, then edited: the edit is checked before Publish is released again.
	const overridden = settled( { ...FAILED, overridden: true }, { overriddenKey: KEY } );
	assert.equal( lockFor( overridden, changed, false ).locked, true );
	const checkedAgain = { ...overridden, requestedKey: changed, verdictKey: changed, verdict: FAILED };
	assert.deepEqual( lockFor( checkedAgain, changed, false ), { locked: true, reason: 'held back' } );
} );

test( 'changes not checked yet hold back only where a verdict could block', () => {
	const changed = '{"post_id":7,"title":"new"}';
	const blocking = loadGate( { onFail: 'block', onUnavailable: 'warn' } );
	assert.deepEqual( blocking( settled( PASSED ), changed, false ), {
		locked: true,
		reason: 'smmlint is checking the latest changes…',
	} );
	const warning = loadGate( { onFail: 'warn', onUnavailable: 'warn' } );
	assert.deepEqual( warning( settled( FAILED ), changed, false ), { locked: false, reason: '' } );
} );

test( 'when WordPress could not be asked, the unreachable-server setting decides', () => {
	const failed = settled( null, { error: 'WordPress could not ask smmlint.' } );
	const warn = loadGate( { onFail: 'block', onUnavailable: 'warn' } );
	assert.deepEqual( warn( failed, KEY, false ), { locked: false, reason: 'WordPress could not ask smmlint.' } );
	const block = loadGate( { onFail: 'warn', onUnavailable: 'block' } );
	assert.equal( block( failed, KEY, false ).locked, true );
} );
