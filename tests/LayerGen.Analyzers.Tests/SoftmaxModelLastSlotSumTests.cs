using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// A row's sum kept in a spare slot of that row (review41 cases6 S03/S08): each row of the buffer has one slot more
/// than the row's logits (<c>buf[r][n]</c> of a jagged row, <c>b[r, n]</c> of a 2D buffer with an extra column), the
/// spare slot folds that row's exps and then divides that row. The slot index is loop invariant, but the row picked
/// moves with the row loop: it is the row's own sum (silent), unlike a slot that every row shares (<c>b[0, n]</c>, a
/// scalar slot reset once), which is one running sum read by every row (LG0002).
/// </summary>
public class SoftmaxModelLastSlotSumTests
{
    public static TheoryData<string> RowsOwnLastSlot => new()
    {
        // S03: jagged rows with n + 1 slots, the sum in buf[r][n].
        """
        public static void Jagged(float[][] x, float[][] buf) {
            for (int r = 0; r < x.Length; r++) {
                int n = x[r].Length;
                float m = float.NegativeInfinity; for (int i = 0; i < n; i++) m = MathF.Max(m, x[r][i]);
                buf[r][n] = 0f;
                for (int i = 0; i < n; i++) { buf[r][i] = MathF.Exp(x[r][i] - m); buf[r][n] += buf[r][i]; }
                for (int i = 0; i < n; i++) buf[r][i] /= buf[r][n];
            }
        }
        """,
        // S08: a 2D buffer with an extra column; the division in a separate pass over all rows.
        """
        public static void Extra2D(float[,] x, float[,] b) {
            int R = x.GetLength(0), n = x.GetLength(1);
            for (int r = 0; r < R; r++) {
                float m = float.NegativeInfinity; for (int i = 0; i < n; i++) m = MathF.Max(m, x[r, i]);
                b[r, n] = 0f;
                for (int i = 0; i < n; i++) { b[r, i] = MathF.Exp(x[r, i] - m); b[r, n] += b[r, i]; }
            }
            for (int r = 0; r < R; r++) for (int i = 0; i < n; i++) b[r, i] /= b[r, n];
        }
        """,
        // While loops over a jagged buffer, the spare slot named from the buffer's row length.
        """
        public static void JaggedWhile(double[][] x, double[][] buf) {
            int r = 0;
            while (r < x.Length) {
                int n = buf[r].Length - 1;
                double m = double.NegativeInfinity;
                int i = 0;
                while (i < n) { m = Math.Max(m, x[r][i]); i++; }
                buf[r][n] = 0.0;
                i = 0;
                while (i < n) { buf[r][i] = Math.Exp(x[r][i] - m); buf[r][n] += buf[r][i]; i++; }
                i = 0;
                while (i < n) { buf[r][i] /= buf[r][n]; i++; }
                r++;
            }
        }
        """,
        // The last column named by GetLength(1) - 1 and walked up to, the sum read into a local per row in the division
        // pass.
        """
        public static void LastColumn2D(float[,] x, float[,] b) {
            int rows = x.GetLength(0);
            int last = b.GetLength(1) - 1;
            for (int r = 0; r < rows; r++) {
                float m = float.NegativeInfinity;
                for (int i = 0; i < last; i++) m = MathF.Max(m, x[r, i]);
                b[r, last] = 0f;
                for (int i = 0; i < last; i++) { b[r, i] = MathF.Exp(x[r, i] - m); b[r, last] += b[r, i]; }
            }
            for (int r = 0; r < rows; r++) {
                float s = b[r, last];
                for (int i = 0; i < last; i++) b[r, i] /= s;
            }
        }
        """,
        // A span over the row's buffer: row[^1] holds the sum; the max from a span helper.
        """
        public static void SpanRow(float[][] x, float[][] buf) {
            for (int r = 0; r < x.Length; r++) {
                ReadOnlySpan<float> v = x[r];
                Span<float> row = buf[r];
                int n = v.Length;
                float m = float.NegativeInfinity;
                foreach (var e in v) m = MathF.Max(m, e);
                row[n] = 0f;
                for (int i = 0; i < n; i++) { row[i] = MathF.Exp(v[i] - m); row[n] += row[i]; }
                for (int i = 0; i < n; i++) row[i] /= row[n];
            }
        }
        """,
    };

    /// <summary>
    /// The exps written by a walk counted down from <c>n - 1</c> (or under a flipped <c>n &gt; i</c>): they never land on
    /// slot <c>n</c> either (boundtidy), so the row's own spare slot holds its sum: silent.
    /// </summary>
    public static TheoryData<string> RowsOwnLastSlotOtherWalks => new()
    {
        """
        public static void JaggedDown(float[][] x, float[][] buf) {
            for (int r = 0; r < x.Length; r++) {
                int n = x[r].Length;
                float m = float.NegativeInfinity; for (int i = n - 1; i >= 0; i--) m = MathF.Max(m, x[r][i]);
                buf[r][n] = 0f;
                for (int i = n - 1; i >= 0; i--) { buf[r][i] = MathF.Exp(x[r][i] - m); buf[r][n] += buf[r][i]; }
                for (int i = n - 1; i >= 0; i--) buf[r][i] /= buf[r][n];
            }
        }
        """,
        """
        public static void TwoDWhileDown(double[,] x, double[,] b) {
            int R = x.GetLength(0), n = x.GetLength(1);
            for (int r = 0; r < R; r++) {
                double m = double.NegativeInfinity; for (int i = 0; i < n; i++) m = Math.Max(m, x[r, i]);
                b[r, n] = 0.0;
                int c = n - 1;
                while (c >= 0) { b[r, c] = Math.Exp(x[r, c] - m); b[r, n] += b[r, c]; c--; }
                for (int i = 0; i < n; i++) b[r, i] /= b[r, n];
            }
        }
        """,
        """
        public static void SpanFlipped(double[][] x, double[][] scratch) {
            for (int r = 0; r < x.Length; r++) {
                ReadOnlySpan<double> v = x[r];
                Span<double> row = scratch[r];
                int n = v.Length;
                double m = double.NegativeInfinity; foreach (double e in v) m = Math.Max(m, e);
                row[n] = 0.0;
                for (int i = 0; n > i; i++) { row[i] = Math.Exp(v[i] - m); row[n] += row[i]; }
                for (int i = n - 1; i >= 0; --i) row[i] /= row[n];
            }
        }
        """,
    };

    /// <summary>Buggy twins of the walks above: row 0's slot shared by every row still reports (LG0002).</summary>
    public static TheoryData<string> SlotSharedOtherWalks => new()
    {
        """
        public static void SharedJaggedDown(float[][] x, float[][] buf) {
            int n = x[0].Length;
            buf[0][n] = 0f;
            for (int r = 0; r < x.Length; r++) {
                float m = float.NegativeInfinity; for (int i = 0; i < n; i++) m = MathF.Max(m, x[r][i]);
                for (int i = n - 1; i >= 0; i--) { buf[r][i] = MathF.Exp(x[r][i] - m); buf[0][n] += buf[r][i]; }
                for (int i = 0; i < n; i++) buf[r][i] /= buf[0][n];
            }
        }
        """,
        """
        public static void Shared2DFlipped(float[,] x, float[,] b) {
            int R = x.GetLength(0), n = x.GetLength(1);
            b[0, n] = 0f;
            for (int r = 0; r < R; r++) {
                float m = float.NegativeInfinity; for (int i = 0; i < n; i++) m = MathF.Max(m, x[r, i]);
                for (int i = 0; n > i; i++) { b[r, i] = MathF.Exp(x[r, i] - m); b[0, n] += b[r, i]; }
                for (int i = 0; i < n; i++) b[r, i] /= b[0, n];
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(RowsOwnLastSlotOtherWalks))]
    public async Task SumInTheRowsOwnSpareSlotOtherWalks_IsSilent(string method) =>
        Assert.Empty(await FixRunner.ReportedIdsOfMethodAsync(method));

    [Theory]
    [MemberData(nameof(SlotSharedOtherWalks))]
    public async Task SumInASlotEveryRowSharesOtherWalks_IsLG0002(string method) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsOfMethodAsync(method));

    public static TheoryData<string> SlotSharedByEveryRow => new()
    {
        // Row 0's spare slot, reset once, folds every row's exps: a running sum read by each row (2D).
        """
        public static void Shared2D(float[,] x, float[,] b) {
            int R = x.GetLength(0), n = x.GetLength(1);
            b[0, n] = 0f;
            for (int r = 0; r < R; r++) {
                float m = float.NegativeInfinity; for (int i = 0; i < n; i++) m = MathF.Max(m, x[r, i]);
                for (int i = 0; i < n; i++) { b[r, i] = MathF.Exp(x[r, i] - m); b[0, n] += b[r, i]; }
                for (int i = 0; i < n; i++) b[r, i] /= b[0, n];
            }
        }
        """,
        // The same with jagged rows: buf[0][n] shared by all rows.
        """
        public static void SharedJagged(float[][] x, float[][] buf) {
            int n = x[0].Length;
            buf[0][n] = 0f;
            for (int r = 0; r < x.Length; r++) {
                float m = float.NegativeInfinity; for (int i = 0; i < n; i++) m = MathF.Max(m, x[r][i]);
                for (int i = 0; i < n; i++) { buf[r][i] = MathF.Exp(x[r][i] - m); buf[0][n] += buf[r][i]; }
                for (int i = 0; i < n; i++) buf[r][i] /= buf[0][n];
            }
        }
        """,
        // A one-row scratch buffer whose last slot is reset once before the row loop.
        """
        public static void SharedScratch(float[,] x, float[,] y) {
            int R = x.GetLength(0), n = x.GetLength(1);
            var scratch = new float[n + 1];
            scratch[n] = 0f;
            for (int r = 0; r < R; r++) {
                float m = float.NegativeInfinity; for (int i = 0; i < n; i++) m = MathF.Max(m, x[r, i]);
                for (int i = 0; i < n; i++) { y[r, i] = MathF.Exp(x[r, i] - m); scratch[n] += y[r, i]; }
                for (int i = 0; i < n; i++) y[r, i] /= scratch[n];
            }
        }
        """,
    };

    [Theory]
    [MemberData(nameof(RowsOwnLastSlot))]
    public async Task SumInTheRowsOwnSpareSlot_IsSilent(string method) =>
        Assert.Empty(await FixRunner.ReportedIdsOfMethodAsync(method));

    [Theory]
    [MemberData(nameof(SlotSharedByEveryRow))]
    public async Task SumInASlotEveryRowShares_IsLG0002(string method) =>
        Assert.Equal(new[] { "LG0002" }, await FixRunner.ReportedIdsOfMethodAsync(method));
}
