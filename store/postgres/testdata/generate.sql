-- Generated articles $1 to $2 - 1 for the large-library benchmarks, made by
-- the server: 6-word titles and 5 paragraphs of 60 words drawn with a
-- Zipf-like skew from 5,000 made-up 4-letter words, plus marker words at
-- known rates: "the" in every article, "zelensky" in every tenth,
-- "quirkle" in every thousandth.
INSERT INTO articles(url, hash, title, source, authors, date, added, sorted, format, body)
SELECT 'https://example.com/big/' || i, md5(i::text), t.title, 'Bench', '["Gen Writer"]',
	to_char(to_timestamp(1577836800 + (i * 157) % 157680000) AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
	1700000000000 + i, (1577836800::bigint + (i * 157) % 157680000) * 1000, 0,
	t.title || E'\n\n' || b.body
FROM generate_series($1::bigint, $2::bigint - 1) AS i
CROSS JOIN LATERAL (
	SELECT string_agg(CASE WHEN k = 3 AND i % 10 = 0 THEN 'Zelensky' ELSE
		substr('bcdfghjklmnprstvwz', r % 18 + 1, 1) || substr('aeiou', r / 18 % 5 + 1, 1) ||
		substr('bcdfghjklmnprstvwz', r / 90 % 18 + 1, 1) || substr('aeiou', r / 1620 % 5 + 1, 1) END, ' ') AS title
	FROM (SELECT k, (floor(random() ^ 2 * 5000) + 0 * i)::int AS r FROM generate_series(1, 6) AS k) AS ws
) AS t
CROSS JOIN LATERAL (
	SELECT string_agg(p, E'\n\n' ORDER BY pn) AS body FROM (
		SELECT pn, string_agg(CASE
				WHEN w = 1 AND pn = 1 THEN 'the'
				WHEN w = 10 AND pn = 3 AND i % 10 = 0 THEN 'Zelensky'
				WHEN w = 20 AND pn = 4 AND i % 1000 = 0 THEN 'quirkle'
				ELSE substr('bcdfghjklmnprstvwz', r % 18 + 1, 1) || substr('aeiou', r / 18 % 5 + 1, 1) ||
					substr('bcdfghjklmnprstvwz', r / 90 % 18 + 1, 1) || substr('aeiou', r / 1620 % 5 + 1, 1) END,
				' ' ORDER BY w) || '.' AS p
		FROM (SELECT pn, w, (floor(random() ^ 2 * 5000) + 0 * i)::int AS r
			FROM generate_series(1, 5) AS pn, generate_series(1, 60) AS w) AS ws
		GROUP BY pn
	) AS ps
) AS b;
