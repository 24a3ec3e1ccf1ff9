/**
 * smmlint's state in the block editor: the last verdict and the request in flight.
 *
 * A `wp.data` store so the pre-publish panel and the sidebar panel read one verdict.
 * Requests are identified by a key (the checked texts); an answer for an older key
 * than the one last requested is ignored.
 */
( function ( wp ) {
	'use strict';

	const STORE = 'smmlint/gate';

	const INITIAL = {
		requestedKey: null, // Texts of the request in flight (or last sent).
		checking: false,
		verdictKey: null, // Texts the verdict below is about.
		verdict: null, // The REST route's answer.
		error: null, // Why the REST route itself could not be asked.
		overriddenKey: null, // Texts "Publish anyway" was chosen for in this session.
	};

	function reducer( state = INITIAL, action ) {
		switch ( action.type ) {
			case 'CHECK_STARTED':
				return { ...state, requestedKey: action.key, checking: true };
			case 'CHECK_SETTLED':
				if ( action.key !== state.requestedKey ) {
					return state;
				}
				return {
					...state,
					checking: false,
					verdictKey: action.key,
					verdict: action.verdict,
					error: action.error,
				};
			case 'OVERRIDDEN':
				return { ...state, overriddenKey: action.key };
		}
		return state;
	}

	const actions = {
		checkStarted: ( key ) => ( { type: 'CHECK_STARTED', key } ),
		checkDone: ( key, verdict ) => ( { type: 'CHECK_SETTLED', key, verdict, error: null } ),
		checkFailed: ( key, message ) => ( { type: 'CHECK_SETTLED', key, verdict: null, error: message } ),
		overridden: ( key ) => ( { type: 'OVERRIDDEN', key } ),
	};

	const selectors = {
		getState: ( state ) => state,
	};

	wp.data.register(
		wp.data.createReduxStore( STORE, { reducer, actions, selectors } )
	);

	window.smmlintEditor = Object.assign( window.smmlintEditor || {}, { STORE } );
} )( window.wp );
