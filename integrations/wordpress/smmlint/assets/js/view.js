/**
 * What the author sees: the gate's status, and per network the score, band and findings
 * with their hints. Text goes through React (escaped); nothing here writes into the post
 * except the social message field, which is the author's own input.
 */
( function ( wp, ns ) {
	'use strict';

	const el = wp.element.createElement;
	const { useState } = wp.element;
	const { useSelect, useDispatch } = wp.data;
	const { __, sprintf } = wp.i18n;
	const { Button, Spinner, TextareaControl } = wp.components;

	const BANDS = {
		green: __( 'green', 'smmlint' ),
		amber: __( 'amber', 'smmlint' ),
		red: __( 'red', 'smmlint' ),
	};

	const SEVERITIES = {
		error: __( 'error', 'smmlint' ),
		warning: __( 'warning', 'smmlint' ),
		suggestion: __( 'suggestion', 'smmlint' ),
	};

	function Finding( { finding } ) {
		return el(
			'li',
			{ className: 'smmlint-finding smmlint-finding--' + finding.severity, 'data-code': finding.code },
			el( 'span', { className: 'smmlint-severity' }, SEVERITIES[ finding.severity ] || finding.severity ),
			finding.blocking && el( 'span', { className: 'smmlint-blocking' }, __( 'fails the check', 'smmlint' ) ),
			' ',
			el( 'span', { className: 'smmlint-message' }, finding.message ),
			finding.quote && el( 'q', { className: 'smmlint-quote' }, finding.quote ),
			finding.hint && el( 'p', { className: 'smmlint-hint' }, finding.hint )
		);
	}

	function Report( { report } ) {
		return el(
			'div',
			{ className: 'smmlint-report', 'data-platform': report.platform },
			el(
				'p',
				{ className: 'smmlint-report__title' },
				el( 'strong', null, report.label ),
				' ',
				el(
					'span',
					{ className: 'smmlint-score smmlint-band--' + report.band, 'data-band': report.band },
					/* translators: 1: score out of 100, 2: band name (red, amber or green). */
					sprintf( __( '%1$d · %2$s', 'smmlint' ), report.score, BANDS[ report.band ] || report.band )
				)
			),
			report.findings.length
				? el(
						'ul',
						{ className: 'smmlint-findings' },
						report.findings.map( ( finding, i ) => el( Finding, { key: i, finding } ) )
				  )
				: el( 'p', { className: 'smmlint-clean' }, __( 'No findings.', 'smmlint' ) )
		);
	}

	function Check( { check } ) {
		return el(
			'section',
			{ className: 'smmlint-check', 'data-check': check.id },
			el( 'h3', { className: 'smmlint-check__title' }, check.label ),
			check.error && el( 'p', { className: 'smmlint-error' }, check.error.message ),
			check.reports.map( ( report ) => el( Report, { key: report.platform, report } ) )
		);
	}

	/**
	 * The status line: checking, passing, failing, or why smmlint could not be asked.
	 *
	 * @param {Object}  props         Component props.
	 * @param {Object}  props.state   The smmlint/gate store's state.
	 * @param {boolean} props.settled The verdict is about the current texts.
	 * @param {Object}  props.lock    lockFor()'s answer.
	 * @return {Object} Element.
	 */
	function Status( { state, settled, lock } ) {
		let status = 'checking';
		let text = __( 'Checking with smmlint…', 'smmlint' );
		if ( state.error && settled ) {
			status = 'error';
			text = state.error;
		} else if ( state.verdict ) {
			status = state.verdict.status;
			text = state.verdict.reason;
		}
		return el(
			'div',
			{
				className: 'smmlint-status smmlint-status--' + status,
				role: 'status',
				'data-smmlint-status': status,
				'data-smmlint-settled': String( settled ),
				'data-smmlint-locked': String( lock.locked ),
			},
			state.checking && el( Spinner ),
			el( 'span', null, text ),
			! settled &&
				state.verdict &&
				el( 'span', { className: 'smmlint-stale' }, ' ' + __( '(checking the latest changes)', 'smmlint' ) )
		);
	}

	function OverrideButton( { requestKey } ) {
		const gate = useDispatch( ns.STORE );
		const [ failed, setFailed ] = useState( '' );
		return el(
			'div',
			{ className: 'smmlint-override' },
			el(
				Button,
				{
					variant: 'secondary',
					isDestructive: true,
					onClick: () => ns.override( requestKey, gate ).catch( ( error ) => setFailed( error.message || '' ) ),
				},
				__( 'Publish anyway', 'smmlint' )
			),
			failed && el( 'p', { className: 'smmlint-error' }, failed )
		);
	}

	/**
	 * The whole verdict: status, override, "check again", and every checked text.
	 *
	 * @return {Object} Element.
	 */
	function GateView() {
		const { key, isPublished } = useSelect( ( select ) => ( {
			key: ns.requestKey( select ),
			isPublished: select( 'core/editor' ).isCurrentPostPublished(),
		} ) );
		const state = useSelect( ( select ) => select( ns.STORE ).getState() );
		const gate = useDispatch( ns.STORE );
		const settled = state.verdictKey === key;
		const lock = ns.lockFor( state, key, isPublished );
		const verdict = state.verdict;
		const checks = verdict ? verdict.checks : [];
		const networks = verdict ? verdict.networks : [];
		return el(
			'div',
			{ className: 'smmlint-gate' },
			el( Status, { state, settled, lock } ),
			settled && lock.locked && verdict && verdict.can_override && el( OverrideButton, { requestKey: key } ),
			el(
				'p',
				{ className: 'smmlint-recheck' },
				el(
					Button,
					{ variant: 'link', disabled: state.checking, onClick: () => ns.check( key, gate ) },
					__( 'Check again', 'smmlint' )
				)
			),
			checks.map( ( check ) => el( Check, { key: check.id, check } ) ),
			verdict &&
				networks.length > 0 &&
				! checks.some( ( check ) => check.id === 'social' ) &&
				el(
					'p',
					{ className: 'smmlint-social-hint' },
					/* translators: %s: network names, e.g. "X, LinkedIn". */
					sprintf( __( 'Write a social message (or an excerpt) to check it for %s.', 'smmlint' ), networks.join( ', ' ) )
				)
		);
	}

	/**
	 * The message to share on social networks, saved as post meta with the post.
	 *
	 * @return {Object} Element.
	 */
	function SocialMessageField() {
		const meta = useSelect( ( select ) => select( 'core/editor' ).getEditedPostAttribute( 'meta' ) || {} );
		const { editPost } = useDispatch( 'core/editor' );
		return el( TextareaControl, {
			className: 'smmlint-social-message',
			label: __( 'Social message', 'smmlint' ),
			help: __( 'What you will post on social networks about this post. Empty: the excerpt is checked.', 'smmlint' ),
			value: meta[ ns.SOCIAL_META ] || '',
			onChange: ( value ) => editPost( { meta: { [ ns.SOCIAL_META ]: value } } ),
		} );
	}

	Object.assign( ns, { GateView, SocialMessageField } );
} )( window.wp, window.smmlintEditor );
