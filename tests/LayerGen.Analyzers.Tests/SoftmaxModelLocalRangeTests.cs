using static LayerGen.Analyzers.Tests.Verification.ReciprocalSnippets;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// localrange: a range helper (a start and a count, or a start and an end) read as the walk it is wherever it is
/// written — a same-type METHOD (inlined), a LOCAL FUNCTION (summarised), or inline — and whichever loop walks it:
/// <c>for (int i = start; i &lt; start + count; i++)</c> or <c>int i = start; while (i &lt; start + count) { …; i++; }</c>.
/// Invariant: a walk from <c>a</c> to <c>a + n</c> exclusive, by 1, whose variable only its header/step writes, reads
/// elements <c>a .. a + n - 1</c>; it is the same walk as <c>0 .. n - 1</c> read at <c>a + i</c>. Each case is written
/// in every placement and loop spelling and must give its markers' diagnostics: a whole-buffer call
/// <c>(x, 0, x.Length)</c> before per-row softmaxes is the whole buffer (LG0001 at the call for a peak, LG0002 at the
/// fold for a total), a per-row call <c>(x, r * cols, cols)</c> / <c>(x, r * cols, r * cols + cols)</c> is that row
/// (silent). Off-by-one walks (<c>i &lt;= start + count</c>, <c>i &lt; start + count - 1</c>) are another span: they
/// keep main's verdict. Labels: a whole-buffer peak gives 0/0 for a row 1000 below the others; a whole-buffer total
/// gives every row a share of one sum (rows do not sum to 1); per-row calls are exact.
/// </summary>
public class SoftmaxModelLocalRangeTests
{
    /// <summary>The walks over (start, count): {OPEN} the loop's head, {CLOSE} its end (the step of a while), {AT} the read position.</summary>
    private static readonly (string Name, string Open, string Close, string At)[] CountWalks =
    {
        ("for-offset", "for (int i = 0; i < count; i++) {", "}", "start + i"),
        ("for-range", "for (int i = start; i < start + count; i++) {", "}", "i"),
        ("while-offset", "int i = 0; while (i < count) {", "i++; }", "start + i"),
        ("while-range", "int i = start; while (i < start + count) {", "i++; }", "i"),
        ("while-range-flipped", "int i = start; while (i < count + start) {", "i += 1; }", "i"),
        ("while-range-end", "int i = start, end = start + count; while (i < end) {", "++i; }", "i"),
    };

    /// <summary>The walks over (from, to).</summary>
    private static readonly (string Name, string Open, string Close, string At)[] EndWalks =
    {
        ("for-range", "for (int i = from; i < to; i++) {", "}", "i"),
        ("while-range", "int i = from; while (i < to) {", "i++; }", "i"),
    };

    /// <summary>Where the helper is written: a same-type method, or a (static / capturing-free instance) local function of the caller.</summary>
    private static readonly (string Name, string Modifier, bool Local)[] Placements =
    {
        ("method", "private static ", false),
        ("static-local", "static ", true),
        ("local", "", true),
    };

    // Peak over (buf, start, count): LG0001 at the whole-buffer call.
    private const string PeakCountFloat = """
        public static void Softmax(float[] x, int classes, float[] y) {
            float peak = PeakOf(x, 0, x.Length); //~ LG0001
            for (int at = 0; at < x.Length; at += classes) {
                float sum = 0f;
                for (int j = at; j < at + classes; j++) { y[j] = MathF.Exp(x[j] - peak); sum += y[j]; }
                for (int j = at; j < at + classes; j++) y[j] /= sum;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string PeakCountFloatHelper = """
        {H}float PeakOf(float[] buf, int start, int count) {
            float m = float.NegativeInfinity;
            {OPEN}
                m = MathF.Max(m, buf[{AT}]);
            {CLOSE}
            return m;
        }
        """;

    // Peak per row (correct): the same helper per row.
    private const string PeakCountFloatRows = """
        public static void Softmax(float[] x, int classes, float[] y) {
            for (int at = 0; at < x.Length; at += classes) {
                float peak = PeakOf(x, at, classes);
                float sum = 0f;
                for (int j = at; j < at + classes; j++) { y[j] = MathF.Exp(x[j] - peak); sum += y[j]; }
                for (int j = at; j < at + classes; j++) y[j] /= sum;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    // Double, an if-fold, a row-major r * cols + c caller.
    private const string PeakCountDouble = """
        public static double[] Softmax(double[] x, int rows, int cols) {
            var y = new double[rows * cols];
            double peak = PeakOf(x, 0, x.Length); //~ LG0001
            for (int r = 0; r < rows; r++) {
                double sum = 0;
                for (int c = 0; c < cols; c++) { y[r * cols + c] = Math.Exp(x[r * cols + c] - peak); sum += y[r * cols + c]; }
                for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
            }
            return y;
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string PeakCountDoubleRows = """
        public static double[] Softmax(double[] x, int rows, int cols) {
            var y = new double[rows * cols];
            for (int r = 0; r < rows; r++) {
                double peak = PeakOf(x, r * cols, cols);
                double sum = 0;
                for (int c = 0; c < cols; c++) { y[r * cols + c] = Math.Exp(x[r * cols + c] - peak); sum += y[r * cols + c]; }
                for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
            }
            return y;
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string PeakCountDoubleHelper = """
        {H}double PeakOf(double[] buf, int start, int count) {
            double m = double.NegativeInfinity;
            {OPEN}
                if (buf[{AT}] > m) m = buf[{AT}];
            {CLOSE}
            return m;
        }
        """;

    // One total of every row's exps divides every row: LG0002 at the helper's fold.
    private const string TotalCountDouble = """
        public static void Softmax(double[] x, int classes, double[] y) {
            for (int at = 0; at < x.Length; at += classes) {
                double peak = double.NegativeInfinity;
                for (int j = at; j < at + classes; j++) peak = Math.Max(peak, x[j]);
                for (int j = at; j < at + classes; j++) y[j] = Math.Exp(x[j] - peak);
            }
            double z = SumRange(y, 0, y.Length);
            for (int k = 0; k < y.Length; k++) y[k] /= z;
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string TotalCountDoubleRows = """
        public static void Softmax(double[] x, int classes, double[] y) {
            for (int at = 0; at < x.Length; at += classes) {
                double peak = double.NegativeInfinity;
                for (int j = at; j < at + classes; j++) peak = Math.Max(peak, x[j]);
                for (int j = at; j < at + classes; j++) y[j] = Math.Exp(x[j] - peak);
                double z = SumRange(y, at, classes);
                for (int j = at; j < at + classes; j++) y[j] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string TotalCountDoubleHelper = """
        {H}double SumRange(double[] values, int start, int count) {
            double total = 0.0;
            {OPEN}
                total += values[{AT}]; //~ LG0002
            {CLOSE}
            return total;
        }
        """;

    // Float total, row-major caller.
    private const string TotalCountFloat = """
        public static void Softmax(float[] x, int rows, int cols, float[] y) {
            for (int r = 0; r < rows; r++) {
                float peak = float.NegativeInfinity;
                for (int c = 0; c < cols; c++) peak = MathF.Max(peak, x[r * cols + c]);
                for (int c = 0; c < cols; c++) y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak);
            }
            float z = SumRange(y, 0, rows * cols);
            for (int r = 0; r < rows; r++)
                for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string TotalCountFloatRows = """
        public static void Softmax(float[] x, int rows, int cols, float[] y) {
            for (int r = 0; r < rows; r++) {
                float peak = float.NegativeInfinity;
                for (int c = 0; c < cols; c++) peak = MathF.Max(peak, x[r * cols + c]);
                for (int c = 0; c < cols; c++) y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak);
                float z = SumRange(y, r * cols, cols);
                for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string TotalCountFloatHelper = """
        {H}float SumRange(float[] values, int start, int count) {
            float total = 0f;
            {OPEN}
                total += values[{AT}]; //~ LG0002
            {CLOSE}
            return total;
        }
        """;

    // One vector: the whole buffer is the softmax axis (correct).
    private const string OneVectorDouble = """
        public static double[] Softmax(double[] x) {
            var y = new double[x.Length];
            double peak = PeakOf(x, 0, x.Length);
            for (int k = 0; k < x.Length; k++) y[k] = Math.Exp(x[k] - peak);
            double z = SumRange(y, 0, y.Length);
            for (int k = 0; k < y.Length; k++) y[k] /= z;
            return y;
            {LOCAL}
        }
        {MEMBER}
        """;

    // Start/end helpers: (x, 0, x.Length) is the whole buffer, (x, r * cols, r * cols + cols) row r.
    private const string PeakEndFloat = """
        public static void Softmax(float[] x, int rows, int cols, float[] y) {
            float peak = PeakOf(x, 0, x.Length); //~ LG0001
            for (int r = 0; r < rows; r++) {
                float sum = 0f;
                for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak); sum += y[r * cols + c]; }
                for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string PeakEndFloatRows = """
        public static void Softmax(float[] x, int rows, int cols, float[] y) {
            for (int r = 0; r < rows; r++) {
                float peak = PeakOf(x, r * cols, r * cols + cols);
                float sum = 0f;
                for (int c = 0; c < cols; c++) { y[r * cols + c] = MathF.Exp(x[r * cols + c] - peak); sum += y[r * cols + c]; }
                for (int c = 0; c < cols; c++) y[r * cols + c] /= sum;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string PeakEndFloatHelper = """
        {H}float PeakOf(float[] buf, int from, int to) {
            float m = float.NegativeInfinity;
            {OPEN}
                m = MathF.Max(m, buf[{AT}]);
            {CLOSE}
            return m;
        }
        """;

    private const string TotalEndDouble = """
        public static void Softmax(double[] x, int rows, int cols, double[] y) {
            for (int r = 0; r < rows; r++) {
                double peak = double.NegativeInfinity;
                for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[r * cols + c]);
                for (int c = 0; c < cols; c++) y[r * cols + c] = Math.Exp(x[r * cols + c] - peak);
            }
            double z = SumRange(y, 0, y.Length);
            for (int k = 0; k < y.Length; k++) y[k] /= z;
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string TotalEndDoubleRows = """
        public static void Softmax(double[] x, int rows, int cols, double[] y) {
            for (int r = 0; r < rows; r++) {
                double peak = double.NegativeInfinity;
                for (int c = 0; c < cols; c++) peak = Math.Max(peak, x[r * cols + c]);
                for (int c = 0; c < cols; c++) y[r * cols + c] = Math.Exp(x[r * cols + c] - peak);
                double z = SumRange(y, r * cols, r * cols + cols);
                for (int c = 0; c < cols; c++) y[r * cols + c] /= z;
            }
            {LOCAL}
        }
        {MEMBER}
        """;

    private const string TotalEndDoubleHelper = """
        {H}double SumRange(double[] values, int from, int to) {
            double total = 0.0;
            {OPEN}
                total += values[{AT}]; //~ LG0002
            {CLOSE}
            return total;
        }
        """;

    // The range taken as a span slice inside the helper, walked from 0 (Span.Slice / AsSpan(start, count)).
    private const string PeakSliceFloatHelper = """
        {H}float PeakOf(float[] buf, int start, int count) {
            float m = float.NegativeInfinity;
            ReadOnlySpan<float> part = buf.AsSpan().Slice(start, count);
            {OPEN}
                m = MathF.Max(m, part[i]);
            {CLOSE}
            return m;
        }
        """;

    private const string TotalSliceDoubleHelper = """
        {H}double SumRange(double[] values, int start, int count) {
            double total = 0.0;
            var part = values.AsSpan(start, count);
            {OPEN}
                total += part[i]; //~ LG0002
            {CLOSE}
            return total;
        }
        """;

    /// <summary>The walks of a slice: from 0 to its length.</summary>
    private static readonly (string Name, string Open, string Close, string At)[] SliceWalks =
    {
        ("slice-for", "for (int i = 0; i < part.Length; i++) {", "}", "i"),
        ("slice-while", "int i = 0; while (i < part.Length) {", "i++; }", "i"),
    };

    public static TheoryData<string, string, string> BuggySliceCases() => Cases(
        new[] { ("PeakWholeFlatFloat", PeakCountFloat, new[] { PeakSliceFloatHelper }), ("TotalWholeFlatDouble", TotalCountDouble, new[] { TotalSliceDoubleHelper }) },
        SliceWalks);

    public static TheoryData<string, string, string> CorrectSliceCases() => Cases(
        new[] { ("PeakPerRowFloat", PeakCountFloatRows, new[] { PeakSliceFloatHelper }), ("TotalPerRowDouble", TotalCountDoubleRows, new[] { Unmarked(TotalSliceDoubleHelper) }) },
        SliceWalks);

    /// <summary>Buggy cases over (start, count): caller, helpers.</summary>
    private static readonly (string Name, string Caller, string[] Helpers)[] BuggyCount =
    {
        ("PeakWholeFlatFloat", PeakCountFloat, new[] { PeakCountFloatHelper }),
        ("PeakWholeRowMajorDoubleIf", PeakCountDouble, new[] { PeakCountDoubleHelper }),
        ("TotalWholeFlatDouble", TotalCountDouble, new[] { TotalCountDoubleHelper }),
        ("TotalWholeRowMajorFloat", TotalCountFloat, new[] { TotalCountFloatHelper }),
    };

    /// <summary>Correct cases over (start, count).</summary>
    private static readonly (string Name, string Caller, string[] Helpers)[] CorrectCount =
    {
        ("PeakPerRowFloat", PeakCountFloatRows, new[] { PeakCountFloatHelper }),
        ("PeakPerRowDoubleIf", PeakCountDoubleRows, new[] { PeakCountDoubleHelper }),
        ("TotalPerRowDouble", TotalCountDoubleRows, new[] { Unmarked(TotalCountDoubleHelper) }),
        ("TotalPerRowFloat", TotalCountFloatRows, new[] { Unmarked(TotalCountFloatHelper) }),
        ("PeakAndTotalOneVectorDouble", OneVectorDouble, new[] { PeakCountDoubleHelper, Unmarked(TotalCountDoubleHelper) }),
    };

    private static readonly (string Name, string Caller, string[] Helpers)[] BuggyEnd =
    {
        ("PeakWholeFloat", PeakEndFloat, new[] { PeakEndFloatHelper }),
        ("TotalWholeDouble", TotalEndDouble, new[] { TotalEndDoubleHelper }),
    };

    private static readonly (string Name, string Caller, string[] Helpers)[] CorrectEnd =
    {
        ("PeakPerRowFloat", PeakEndFloatRows, new[] { PeakEndFloatHelper }),
        ("TotalPerRowDouble", TotalEndDoubleRows, new[] { Unmarked(TotalEndDoubleHelper) }),
    };

    private static string Unmarked(string helper) => helper.Replace(" //~ LG0002", string.Empty, StringComparison.Ordinal);

    /// <summary>The compilable source of a case with its helpers placed and walked as named.</summary>
    private static string Source(string caller, string[] helpers, (string Name, string Modifier, bool Local) placement, (string Name, string Open, string Close, string At) walk)
    {
        var written = string.Join("\n", helpers.Select(helper => helper
            .Replace("{H}", placement.Modifier, StringComparison.Ordinal)
            .Replace("{OPEN}", walk.Open, StringComparison.Ordinal)
            .Replace("{CLOSE}", walk.Close, StringComparison.Ordinal)
            .Replace("{AT}", walk.At, StringComparison.Ordinal)));
        return Wrap(caller
            .Replace("{LOCAL}", placement.Local ? written : string.Empty, StringComparison.Ordinal)
            .Replace("{MEMBER}", placement.Local ? string.Empty : written, StringComparison.Ordinal));
    }

    private static TheoryData<string, string, string> Cases((string Name, string Caller, string[] Helpers)[] cases, (string Name, string Open, string Close, string At)[] walks)
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, caller, helpers) in cases)
        {
            // Local functions are summarised, not inlined: out of reach (README "### localrange"), only the method here.
            foreach (var placement in Placements.Where(placement => !placement.Local))
            {
                foreach (var walk in walks)
                {
                    data.Add(name, placement.Name + " " + walk.Name, Source(caller, helpers, placement, walk));
                }
            }
        }

        return data;
    }

    public static TheoryData<string, string, string> BuggyCountCases() => Cases(BuggyCount, CountWalks);

    public static TheoryData<string, string, string> CorrectCountCases() => Cases(CorrectCount, CountWalks);

    public static TheoryData<string, string, string> BuggyEndCases() => Cases(BuggyEnd, EndWalks);

    public static TheoryData<string, string, string> CorrectEndCases() => Cases(CorrectEnd, EndWalks);

    [Theory]
    [MemberData(nameof(BuggyCountCases))]
    [MemberData(nameof(BuggyEndCases))]
    [MemberData(nameof(BuggySliceCases))]
    public async Task WholeBufferCall_IsReportedInEveryPlacementAndWalk(string name, string spelling, string source)
    {
        Assert.Equal(name + " " + spelling + ": " + Expected(source), name + " " + spelling + ": " + await Reported(source));
    }

    [Theory]
    [MemberData(nameof(CorrectCountCases))]
    [MemberData(nameof(CorrectEndCases))]
    [MemberData(nameof(CorrectSliceCases))]
    public async Task RowCall_StaysSilentInEveryPlacementAndWalk(string name, string spelling, string source)
    {
        Assert.Equal(name + " " + spelling + ": ", name + " " + spelling + ": " + await Reported(source));
    }

    /// <summary>The same folds written inline in the softmax method, over a start and a count, as a for and as a while.</summary>
    public static TheoryData<string, string, string> InlineCases()
    {
        var data = new TheoryData<string, string, string>();
        var inlineWalks = new[]
        {
            ("for", "for (int i = {FROM}; i < {TO}; i++) {", "}"),
            ("while", "int i = {FROM}; while (i < {TO}) {", "i++; }"),
        };
        foreach (var (walk, open, close) in inlineWalks)
        {
            string Of(string text, string from, string to) => Wrap(text
                .Replace("{OPEN}", open.Replace("{FROM}", from, StringComparison.Ordinal).Replace("{TO}", to, StringComparison.Ordinal), StringComparison.Ordinal)
                .Replace("{CLOSE}", close, StringComparison.Ordinal));
            data.Add("PeakWholeFlatFloat", walk, Of("""
                public static void Softmax(float[] x, int classes, float[] y) {
                    float peak = float.NegativeInfinity;
                    {OPEN}
                        peak = MathF.Max(peak, x[i]); //~ LG0001
                    {CLOSE}
                    for (int at = 0; at < x.Length; at += classes) {
                        float sum = 0f;
                        for (int j = at; j < at + classes; j++) { y[j] = MathF.Exp(x[j] - peak); sum += y[j]; }
                        for (int j = at; j < at + classes; j++) y[j] /= sum;
                    }
                }
                """, "0", "x.Length"));
            data.Add("PeakPerRowFloat", walk, Of("""
                public static void Softmax(float[] x, int classes, float[] y) {
                    for (int at = 0; at < x.Length; at += classes) {
                        float peak = float.NegativeInfinity;
                        {OPEN}
                            peak = MathF.Max(peak, x[i]);
                        {CLOSE}
                        float sum = 0f;
                        for (int j = at; j < at + classes; j++) { y[j] = MathF.Exp(x[j] - peak); sum += y[j]; }
                        for (int j = at; j < at + classes; j++) y[j] /= sum;
                    }
                }
                """, "at", "at + classes"));
            data.Add("TotalWholeFlatDouble", walk, Of("""
                public static void Softmax(double[] x, int classes, double[] y) {
                    for (int at = 0; at < x.Length; at += classes) {
                        double peak = double.NegativeInfinity;
                        for (int j = at; j < at + classes; j++) peak = Math.Max(peak, x[j]);
                        for (int j = at; j < at + classes; j++) y[j] = Math.Exp(x[j] - peak);
                    }
                    double z = 0.0;
                    {OPEN}
                        z += y[i]; //~ LG0002
                    {CLOSE}
                    for (int k = 0; k < y.Length; k++) y[k] /= z;
                }
                """, "0", "y.Length"));
            data.Add("TotalPerRowDouble", walk, Of("""
                public static void Softmax(double[] x, int classes, double[] y) {
                    for (int at = 0; at < x.Length; at += classes) {
                        double peak = double.NegativeInfinity;
                        for (int j = at; j < at + classes; j++) peak = Math.Max(peak, x[j]);
                        for (int j = at; j < at + classes; j++) y[j] = Math.Exp(x[j] - peak);
                        double z = 0.0;
                        {OPEN}
                            z += y[i];
                        {CLOSE}
                        for (int j = at; j < at + classes; j++) y[j] /= z;
                    }
                }
                """, "at", "at + classes"));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(InlineCases))]
    public async Task InlineWalk_GivesItsMarkers(string name, string spelling, string source)
    {
        Assert.Equal(name + " " + spelling + ": " + Expected(source), name + " " + spelling + ": " + await Reported(source));
    }

    /// <summary>Off-by-one walks: another span than the slice (one past it, or one short of it).</summary>
    private static readonly (string Name, string Open, string Close, string At)[] OffByOneWalks =
    {
        ("for-one-past", "for (int i = start; i <= start + count; i++) {", "}", "i"),
        ("for-one-short", "for (int i = start; i < start + count - 1; i++) {", "}", "i"),
        ("while-one-past", "int i = start; while (i <= start + count) {", "i++; }", "i"),
        ("while-one-short", "int i = start; while (i < start + count - 1) {", "i++; }", "i"),
    };

    /// <summary>
    /// What main reports for an off-by-one case where it reports anything (main is silent on all of them, placement and
    /// walk aside; the per-row ones are buggy, a missed row element or one of the next row): the rebase must not change it.
    /// </summary>
    private static readonly Dictionary<string, string> OffByOneOnMain = new(StringComparer.Ordinal);

    public static TheoryData<string, string, string> OffByOneCases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (name, caller, helpers) in new[]
        {
            ("PeakPerRowFloat", PeakCountFloatRows, new[] { PeakCountFloatHelper }),
            ("PeakWholeFlatFloat", PeakCountFloat, new[] { PeakCountFloatHelper }),
            ("TotalPerRowDouble", TotalCountDoubleRows, new[] { Unmarked(TotalCountDoubleHelper) }),
            ("TotalWholeFlatDouble", TotalCountDouble, new[] { Unmarked(TotalCountDoubleHelper) }),
        })
        {
            foreach (var placement in Placements)
            {
                foreach (var walk in OffByOneWalks)
                {
                    data.Add(name, placement.Name + " " + walk.Name, Source(caller.Replace(" //~ LG0001", string.Empty, StringComparison.Ordinal), helpers, placement, walk));
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(OffByOneCases))]
    public async Task OffByOneWalk_KeepsMainsVerdict(string name, string spelling, string source)
    {
        var key = name + " " + spelling;
        Assert.Equal(key + ": " + (OffByOneOnMain.TryGetValue(key, out var onMain) ? onMain : string.Empty), key + ": " + await Reported(source));
    }
}
