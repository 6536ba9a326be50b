using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// lfrange: a range walk read per call wherever the helper is written — a same-type METHOD (inlined), a LOCAL FUNCTION
/// (static, or capturing the buffer; now inlined too when it walks a range its parameters give) — and a maximum seeded
/// with the range's first element and walked from the next (<c>m = a[start]; for (int i = start + 1; i &lt; start +
/// count; i++)</c>), also written inline (<c>m = x[r * n]; for (int j = 1; j &lt; n; j++)</c>, <c>x[r, 0]</c>,
/// <c>row[0]</c>). Invariant: a walk from <c>a + k</c> to <c>a + n</c> exclusive, by 1, reads elements
/// <c>a + k .. a + n - 1</c>; it is the walk <c>k .. n - 1</c> read at <c>a + i</c>, so the call's range decides the span.
/// Labels: a peak of the whole buffer <c>(0, x.Length)</c> subtracted from every row gives 0/0 for a row 1000 below the
/// others (LG0001); a total of the whole buffer divides every row by one sum (rows do not sum to 1, LG0002); a seed
/// from another row (<c>a[0]</c>, <c>x[0]</c>, <c>x[0, 0]</c>, <c>x[0][0]</c>) makes every row's maximum at least row 0's
/// first logit, so a row 1000 below row 0 gives 0/0 (LG0001); per-row calls and per-row seeds are exact. Markers: a
/// helper METHOD's peak is reported at the call, a LOCAL FUNCTION's at its fold (or foreign seed), which is part of the
/// method; a total at its fold in both; an inline foreign seed at the seed.
/// </summary>
public class SoftmaxModelLocalFunctionRangeTests
{
    /// <summary>The number types: name, exp, max.</summary>
    private static readonly (string T, string Exp, string Max)[] Types =
    {
        ("float", "MathF.Exp", "MathF.Max"),
        ("double", "Math.Exp", "Math.Max"),
    };

    /// <summary>The layouts: the caller's buffers and the helper's buffer parameter (a flat array, or spans throughout).</summary>
    private static readonly (string Name, string X, string Y, string Buffer)[] Layouts =
    {
        ("flat", "{T}[]", "{T}[]", "{T}[]"),
        ("span", "ReadOnlySpan<{T}>", "Span<{T}>", "ReadOnlySpan<{T}>"),
    };

    /// <summary>
    /// Where the helper is written: a same-type method, a static local function taking the buffer, or a local function
    /// capturing it (flat only: a span cannot be captured). {H} its modifier, {PARAMS} its parameters, {ARG} what a call
    /// passes before the range, {BUF} the buffer it reads.
    /// </summary>
    private static readonly (string Name, string H, string Params, string Arg, string Buf, bool Local)[] Placements =
    {
        ("method", "private static ", "{B} a, int start, int count", "x, ", "a", false),
        ("static-local", "static ", "{B} a, int start, int count", "x, ", "a", true),
        ("capturing-local", "", "int start, int count", "", "x", true),
    };

    /// <summary>Peak walks over (start, count): the seed line and the walk line (the fold is on the walk line).</summary>
    private static readonly (string Name, string Seed, string Walk)[] PeakWalks =
    {
        ("for-range", "{T} m = {T}.NegativeInfinity;", "for (int i = start; i < start + count; i++) m = {MAX}(m, {BUF}[i]);"),
        ("while-range", "{T} m = {T}.NegativeInfinity; int i = start;", "while (i < start + count) { if ({BUF}[i] > m) m = {BUF}[i]; i++; }"),
        ("for-seeded", "{T} m = {BUF}[start];", "for (int i = start + 1; i < start + count; i++) m = {MAX}(m, {BUF}[i]);"),
        ("while-seeded", "{T} m = {BUF}[start]; int i = start + 1;", "while (i < start + count) { m = {MAX}(m, {BUF}[i]); i++; }"),
        ("for-seeded-1+start", "{T} m = {BUF}[start];", "for (int i = 1 + start; i < start + count; i++) if ({BUF}[i] > m) m = {BUF}[i];"),
    };

    /// <summary>Total walks over (start, count).</summary>
    private static readonly (string Name, string Seed, string Walk)[] TotalWalks =
    {
        ("for-range", "{T} m = 0;", "for (int i = start; i < start + count; i++) m += {BUF}[i];"),
        ("while-range", "{T} m = 0; int i = start;", "while (i < start + count) { m += {BUF}[i]; i++; }"),
    };

    private const string Helper = """
            {H}{T} {NAME}({PARAMS}) {
                {SEED}{SEEDMARK}
                {WALK}{FOLDMARK}
                return m;
            }
        """;

    // One peak of the whole buffer subtracted in every row: LG0001.
    private const string PeakWhole = """
        public static void Softmax({X} x, int cols, {Y} y) {
            {T} peak = PeakOf({ARG}0, x.Length);{CALLMARK}
            for (int off = 0; off < x.Length; off += cols) {
                {T} z = 0;
                for (int j = off; j < off + cols; j++) { y[j] = {EXP}(x[j] - peak); z += y[j]; }
                for (int j = off; j < off + cols; j++) y[j] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    // Each row's own peak (correct).
    private const string PeakPerRow = """
        public static void Softmax({X} x, int cols, {Y} y) {
            for (int off = 0; off < x.Length; off += cols) {
                {T} peak = PeakOf({ARG}off, cols);{CALLMARK}
                {T} z = 0;
                for (int j = off; j < off + cols; j++) { y[j] = {EXP}(x[j] - peak); z += y[j]; }
                for (int j = off; j < off + cols; j++) y[j] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    // Row-major r * cols + c, the whole buffer as rows * cols: LG0001.
    private const string PeakWholeRowMajor = """
        public static void Softmax({X} x, int rows, int cols, {Y} y) {
            {T} peak = PeakOf({ARG}0, rows * cols);{CALLMARK}
            for (int r = 0; r < rows; r++) {
                {T} z = 0;
                for (int c = 0; c < cols; c++) { y[r * cols + c] = {EXP}(x[r * cols + c] - peak); z += y[r * cols + c]; }
                for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string PeakPerRowRowMajor = """
        public static void Softmax({X} x, int rows, int cols, {Y} y) {
            for (int r = 0; r < rows; r++) {
                {T} peak = PeakOf({ARG}r * cols, cols);{CALLMARK}
                {T} z = 0;
                for (int c = 0; c < cols; c++) { y[r * cols + c] = {EXP}(x[r * cols + c] - peak); z += y[r * cols + c]; }
                for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    // One total of every row's exps divides every row: LG0002 at the total's fold.
    private const string TotalWhole = """
        public static void Softmax({X} x, int cols, {Y} y) {
            for (int off = 0; off < x.Length; off += cols) {
                {T} peak = {T}.NegativeInfinity;
                for (int j = off; j < off + cols; j++) peak = {MAX}(peak, x[j]);
                for (int j = off; j < off + cols; j++) y[j] = {EXP}(x[j] - peak);
            }
            {T} z = SumOf({ARGY}0, y.Length);
            for (int k = 0; k < y.Length; k++) y[k] /= z;
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string TotalPerRow = """
        public static void Softmax({X} x, int cols, {Y} y) {
            for (int off = 0; off < x.Length; off += cols) {
                {T} peak = {T}.NegativeInfinity;
                for (int j = off; j < off + cols; j++) peak = {MAX}(peak, x[j]);
                for (int j = off; j < off + cols; j++) y[j] = {EXP}(x[j] - peak);
                {T} z = SumOf({ARGY}off, cols);
                for (int j = off; j < off + cols; j++) y[j] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    /// <summary>
    /// The compilable source of a caller with its helper placed: <paramref name="marker"/> is where its LG000N goes
    /// ("call", "fold", "seed" or "" for none); the helper seeded with <paramref name="seedIndex"/> when not null.
    /// </summary>
    private static string Source(
        string caller, string name, (string Name, string Seed, string Walk) walk, (string Name, string H, string Params, string Arg, string Buf, bool Local) placement,
        (string Name, string X, string Y, string Buffer) layout, (string T, string Exp, string Max) type, string id, string marker, string? seedIndex = null)
    {
        var total = name == "SumOf";
        var buffer = total && placement.Buf == "x" ? "y" : placement.Buf;
        var seed = seedIndex is null ? walk.Seed : walk.Seed.Replace("{BUF}[start]", "{BUF}[" + seedIndex + "]", StringComparison.Ordinal);
        var helper = Helper
            .Replace("{H}", placement.H, StringComparison.Ordinal)
            .Replace("{NAME}", name, StringComparison.Ordinal)
            .Replace("{PARAMS}", placement.Params.Replace("{B}", layout.Buffer, StringComparison.Ordinal), StringComparison.Ordinal)
            .Replace("{SEED}", seed, StringComparison.Ordinal)
            .Replace("{WALK}", walk.Walk, StringComparison.Ordinal)
            .Replace("{BUF}", buffer, StringComparison.Ordinal)
            .Replace("{SEEDMARK}", marker == "seed" ? " //~ " + id : string.Empty, StringComparison.Ordinal)
            .Replace("{FOLDMARK}", marker == "fold" ? " //~ " + id : string.Empty, StringComparison.Ordinal);
        var text = caller
            .Replace("{LOCAL}", placement.Local ? helper : string.Empty, StringComparison.Ordinal)
            .Replace("{MEMBER}", placement.Local ? string.Empty : helper, StringComparison.Ordinal)
            .Replace("{CALLMARK}", marker == "call" ? " //~ " + id : string.Empty, StringComparison.Ordinal)
            .Replace("{ARG}", placement.Arg, StringComparison.Ordinal)
            .Replace("{ARGY}", placement.Arg.Length == 0 ? string.Empty : "y, ", StringComparison.Ordinal)
            .Replace("{X}", layout.X, StringComparison.Ordinal)
            .Replace("{Y}", layout.Y, StringComparison.Ordinal)
            .Replace("{T}", type.T, StringComparison.Ordinal)
            .Replace("{EXP}", type.Exp, StringComparison.Ordinal)
            .Replace("{MAX}", type.Max, StringComparison.Ordinal);
        return Wrap(text);
    }

    /// <summary>Every placement × layout × type of a case (a capturing local function only over a flat buffer).</summary>
    private static IEnumerable<((string Name, string H, string Params, string Arg, string Buf, bool Local) Placement, (string Name, string X, string Y, string Buffer) Layout, (string T, string Exp, string Max) Type)> Variants() =>
        from placement in Placements
        from layout in Layouts
        where !(placement.Buf == "x" && layout.Name == "span")
        from type in Types
        select (placement, layout, type);

    public static TheoryData<string, string> PeakCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (placement, layout, type) in Variants())
        {
            foreach (var walk in PeakWalks)
            {
                var spelling = $"{placement.Name} {layout.Name} {type.T} {walk.Name}";
                var whole = placement.Local ? "fold" : "call";
                data.Add("PeakWhole " + spelling, Source(PeakWhole, "PeakOf", walk, placement, layout, type, "LG0001", whole));
                data.Add("PeakPerRow " + spelling, Source(PeakPerRow, "PeakOf", walk, placement, layout, type, "LG0001", string.Empty));
                data.Add("PeakWholeRowMajor " + spelling, Source(PeakWholeRowMajor, "PeakOf", walk, placement, layout, type, "LG0001", whole));
                data.Add("PeakPerRowRowMajor " + spelling, Source(PeakPerRowRowMajor, "PeakOf", walk, placement, layout, type, "LG0001", string.Empty));
            }
        }

        return data;
    }

    /// <summary>A seeded helper whose seed is another row's element (<c>a[0]</c>) called per row: LG0001 at the call (method) or the seed (local).</summary>
    public static TheoryData<string, string> ForeignSeedCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (placement, layout, type) in Variants())
        {
            foreach (var walk in PeakWalks.Where(walk => walk.Name.Contains("seeded", StringComparison.Ordinal)))
            {
                var spelling = $"{placement.Name} {layout.Name} {type.T} {walk.Name}";
                data.Add("SeedOfRowZero " + spelling, Source(PeakPerRow, "PeakOf", walk, placement, layout, type, "LG0001", placement.Local ? "seed" : "call", seedIndex: "0"));
                data.Add("SeedOfRowZeroRowMajor " + spelling, Source(PeakPerRowRowMajor, "PeakOf", walk, placement, layout, type, "LG0001", placement.Local ? "seed" : "call", seedIndex: "0"));
            }
        }

        return data;
    }

    public static TheoryData<string, string> TotalCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (placement, layout, type) in Variants())
        {
            foreach (var walk in TotalWalks)
            {
                var spelling = $"{placement.Name} {layout.Name} {type.T} {walk.Name}";
                data.Add("TotalWhole " + spelling, Source(TotalWhole, "SumOf", walk, placement, layout, type, "LG0002", "fold"));
                data.Add("TotalPerRow " + spelling, Source(TotalPerRow, "SumOf", walk, placement, layout, type, "LG0002", string.Empty));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PeakCases))]
    [MemberData(nameof(ForeignSeedCases))]
    [MemberData(nameof(TotalCases))]
    public async Task RangeHelper_GivesItsMarkers(string name, string source)
    {
        Assert.Equal(name + ": " + Expected(source), name + ": " + await Reported(source));
    }

    /// <summary>
    /// The seed + walk written inline in the softmax method: the slice's first element then the rest (silent), or another
    /// slice's element then this slice's rest (LG0001 at the seed). {T}, {EXP}, {MAX} as above; {S} the seed.
    /// </summary>
    private static readonly (string Name, string Good, string Bad, string Body)[] InlineSeeds =
    {
        ("flat-offset-range", "x[off]", "x[0]", """
            public static void Softmax({T}[] x, int n, {T}[] y) {
                for (int off = 0; off < x.Length; off += n) {
                    {T} m = {S};{MARK}
                    for (int i = off + 1; i < off + n; i++) m = {MAX}(m, x[i]);
                    {T} z = 0;
                    for (int i = off; i < off + n; i++) { y[i] = {EXP}(x[i] - m); z += y[i]; }
                    for (int i = off; i < off + n; i++) y[i] /= z;
                }
            }
            """),
        ("flat-row-major-from-1", "x[r * n]", "x[0]", """
            public static void Softmax({T}[] x, int rows, int n, {T}[] y) {
                for (int r = 0; r < rows; r++) {
                    {T} m = {S};{MARK}
                    for (int j = 1; j < n; j++) if (x[r * n + j] > m) m = x[r * n + j];
                    {T} z = 0;
                    for (int j = 0; j < n; j++) { y[r * n + j] = {EXP}(x[r * n + j] - m); z += y[r * n + j]; }
                    for (int j = 0; j < n; j++) y[r * n + j] /= z;
                }
            }
            """),
        ("flat-while-from-1", "x[r * n]", "x[0]", """
            public static void Softmax({T}[] x, int rows, int n, {T}[] y) {
                for (int r = 0; r < rows; r++) {
                    {T} m = {S};{MARK}
                    int j = 1;
                    while (j < n) { m = {MAX}(m, x[r * n + j]); j++; }
                    {T} z = 0;
                    for (int c = 0; c < n; c++) { y[r * n + c] = {EXP}(x[r * n + c] - m); z += y[r * n + c]; }
                    for (int c = 0; c < n; c++) y[r * n + c] /= z;
                }
            }
            """),
        ("2d", "x[r, 0]", "x[0, 0]", """
            public static void Softmax({T}[,] x, {T}[,] y) {
                for (int r = 0; r < x.GetLength(0); r++) {
                    {T} m = {S};{MARK}
                    for (int j = 1; j < x.GetLength(1); j++) m = {MAX}(m, x[r, j]);
                    {T} z = 0;
                    for (int j = 0; j < x.GetLength(1); j++) { y[r, j] = {EXP}(x[r, j] - m); z += y[r, j]; }
                    for (int j = 0; j < x.GetLength(1); j++) y[r, j] /= z;
                }
            }
            """),
        ("jagged-row", "row[0]", "x[0][0]", """
            public static void Softmax({T}[][] x, {T}[][] y) {
                for (int r = 0; r < x.Length; r++) {
                    var row = x[r];
                    {T} m = {S};{MARK}
                    for (int j = 1; j < row.Length; j++) m = {MAX}(m, row[j]);
                    {T} z = 0;
                    for (int j = 0; j < row.Length; j++) { y[r][j] = {EXP}(row[j] - m); z += y[r][j]; }
                    for (int j = 0; j < row.Length; j++) y[r][j] /= z;
                }
            }
            """),
        ("column-major", "x[0, b]", "x[0, 0]", """
            public static void Softmax({T}[,] x, {T}[,] y) {
                for (int b = 0; b < x.GetLength(1); b++) {
                    {T} m = {S};{MARK}
                    for (int c = 1; c < x.GetLength(0); c++) m = {MAX}(m, x[c, b]);
                    {T} z = 0;
                    for (int c = 0; c < x.GetLength(0); c++) { y[c, b] = {EXP}(x[c, b] - m); z += y[c, b]; }
                    for (int c = 0; c < x.GetLength(0); c++) y[c, b] /= z;
                }
            }
            """),
    };

    public static TheoryData<string, string> InlineSeedCases()
    {
        var data = new TheoryData<string, string>();
        foreach (var (name, good, bad, body) in InlineSeeds)
        {
            foreach (var type in Types)
            {
                string Of(string seed, string mark) => Wrap(body
                    .Replace("{S}", seed, StringComparison.Ordinal).Replace("{MARK}", mark, StringComparison.Ordinal)
                    .Replace("{T}", type.T, StringComparison.Ordinal).Replace("{EXP}", type.Exp, StringComparison.Ordinal).Replace("{MAX}", type.Max, StringComparison.Ordinal));
                data.Add($"SeedOfTheSlice {name} {type.T}", Of(good, string.Empty));
                data.Add($"SeedOfAnotherSlice {name} {type.T}", Of(bad, " //~ LG0001"));
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InlineSeedCases))]
    public async Task InlineSeed_GivesItsMarkers(string name, string source)
    {
        Assert.Equal(name + ": " + Expected(source), name + ": " + await Reported(source));
    }

    /// <summary>
    /// One vector: the seed <c>x[0]</c> is the slice's own first element (no loop picks another slice), the whole buffer
    /// is the axis; a per-row seed from a span slice of the row. Silent.
    /// </summary>
    [Theory]
    [InlineData("""
        public static double[] Softmax(double[] x) {
            double m = x[0];
            for (int i = 1; i < x.Length; i++) m = Math.Max(m, x[i]);
            var y = new double[x.Length];
            double z = 0;
            for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i] - m); z += y[i]; }
            for (int i = 0; i < x.Length; i++) y[i] /= z;
            return y;
        }
        """)]
    [InlineData("""
        public static void Softmax(float[] x, int n, float[] y) {
            for (int off = 0; off < x.Length; off += n) {
                ReadOnlySpan<float> row = x.AsSpan(off, n);
                float m = row[0];
                for (int j = 1; j < row.Length; j++) m = MathF.Max(m, row[j]);
                float z = 0f;
                for (int j = 0; j < n; j++) { y[off + j] = MathF.Exp(row[j] - m); z += y[off + j]; }
                for (int j = 0; j < n; j++) y[off + j] /= z;
            }
        }
        """)]
    [InlineData("""
        public static void Softmax(float[] x, int n, float[] y) {
            float Peak(int start, int count) { float m = x[start]; for (int i = start + 1; i < start + count; i++) m = MathF.Max(m, x[i]); return m; }
            for (int off = 0; off < x.Length; off += n) {
                float peak = Peak(off, n);
                float z = 0f;
                for (int j = off; j < off + n; j++) { y[j] = MathF.Exp(x[j] - peak); z += y[j]; }
                for (int j = off; j < off + n; j++) y[j] /= z;
            }
        }
        """)]
    public async Task CorrectSeedsAndCalls_StaySilent(string body)
    {
        Assert.Equal(string.Empty, await Reported(Wrap(body)));
    }
}
