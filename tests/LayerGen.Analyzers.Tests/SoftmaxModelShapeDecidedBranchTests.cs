using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// numpy-port broadcasting helpers whose branch is chosen by the shape of the array passed, not by a constant
/// (<c>b[b.GetLength(0) == 1 ? 0 : i, …]</c>, <c>if (b.GetLength(0) == 1) { …; return r; }</c>): when the array's
/// lengths are known at the call (a keepdims <c>new double[1, cols]</c> built in the method or returned by a helper
/// whose axis the call decides), the branch is decided the same way, so a max over axis 0 (one per column) broadcast
/// into a per-row softmax is LG0004 at the max; the per-row keepdims max (<c>rows × 1</c>) stays silent. A helper call
/// passed straight to another helper (<c>Exp(Subtract(scores, maxScores))</c>) is inlined too (HeldOut26's
/// <c>CS231n_VectorizedMaxAxisZero</c>).
/// </summary>
public class SoftmaxModelShapeDecidedBranchTests
{
    /// <summary>The corpus file's shape: ternary keepdims <c>Max(a, axis)</c>, <c>?:</c> broadcasting Subtract/Divide, nested <c>Exp(Subtract(…))</c>.</summary>
    private const string Cs231n = """
        using System;

        /// <summary>softmax_loss_vectorized's forward half, ported with numpy-like helpers.</summary>
        public static class VectorizedSoftmaxClassifier
        {
            /// <summary>Class probabilities of every sample (rows of X·W).</summary>
            public static double[,] Probabilities(double[,] X, double[,] W)
            {
                double[,] scores = Dot(X, W);
                double[,] maxScores = Max(scores, axis: 0); //~ LG0004
                double[,] expScores = Exp(Subtract(scores, maxScores));
                double[,] sumExp = Sum(expScores, axis: 1);
                return Divide(expScores, sumExp);
            }

            private static double[,] Dot(double[,] a, double[,] b)
            {
                var c = new double[a.GetLength(0), b.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < b.GetLength(1); j++)
                        for (int k = 0; k < a.GetLength(1); k++)
                            c[i, j] += a[i, k] * b[k, j];
                return c;
            }

            /// <summary>np.max(a, axis, keepdims=True).</summary>
            private static double[,] Max(double[,] a, int axis)
            {
                int rows = a.GetLength(0), cols = a.GetLength(1);
                var m = axis == 0 ? new double[1, cols] : new double[rows, 1];
                for (int i = 0; i < m.GetLength(0); i++)
                    for (int j = 0; j < m.GetLength(1); j++)
                        m[i, j] = double.NegativeInfinity;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                    {
                        int r = axis == 0 ? 0 : i, c = axis == 0 ? j : 0;
                        m[r, c] = Math.Max(m[r, c], a[i, j]);
                    }
                return m;
            }

            /// <summary>np.sum(a, axis, keepdims=True).</summary>
            private static double[,] Sum(double[,] a, int axis)
            {
                int rows = a.GetLength(0), cols = a.GetLength(1);
                var s = axis == 0 ? new double[1, cols] : new double[rows, 1];
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        s[axis == 0 ? 0 : i, axis == 0 ? j : 0] += a[i, j];
                return s;
            }

            private static double[,] Exp(double[,] a)
            {
                var e = new double[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                        e[i, j] = Math.Exp(a[i, j]);
                return e;
            }

            /// <summary>a - b with numpy broadcasting of b's size-1 dimensions.</summary>
            private static double[,] Subtract(double[,] a, double[,] b)
            {
                var r = new double[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                        r[i, j] = a[i, j] - b[b.GetLength(0) == 1 ? 0 : i, b.GetLength(1) == 1 ? 0 : j];
                return r;
            }

            /// <summary>a / b with numpy broadcasting of b's size-1 dimensions.</summary>
            private static double[,] Divide(double[,] a, double[,] b)
            {
                var r = new double[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                        r[i, j] = a[i, j] / b[b.GetLength(0) == 1 ? 0 : i, b.GetLength(1) == 1 ? 0 : j];
                return r;
            }
        }
        """;

    /// <summary>float, broadcasting by statement <c>if</c>s on <c>b.GetLength(k) == 1</c> choosing the indices.</summary>
    private const string FloatIfs = """
        using System;

        /// <summary>softmax_loss_vectorized's forward half, ported with numpy-like helpers.</summary>
        public static class VectorizedSoftmaxClassifier
        {
            /// <summary>Class probabilities of every sample (rows of X·W).</summary>
            public static float[,] Probabilities(float[,] X, float[,] W)
            {
                float[,] scores = Dot(X, W);
                float[,] maxScores = Max(scores, axis: 0); //~ LG0004
                float[,] expScores = Exp(Subtract(scores, maxScores));
                float[,] sumExp = Sum(expScores, axis: 1);
                return Divide(expScores, sumExp);
            }

            private static float[,] Dot(float[,] a, float[,] b)
            {
                var c = new float[a.GetLength(0), b.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < b.GetLength(1); j++)
                        for (int k = 0; k < a.GetLength(1); k++)
                            c[i, j] += a[i, k] * b[k, j];
                return c;
            }

            /// <summary>np.max(a, axis, keepdims=True).</summary>
            private static float[,] Max(float[,] a, int axis)
            {
                int rows = a.GetLength(0), cols = a.GetLength(1);
                var m = axis == 0 ? new float[1, cols] : new float[rows, 1];
                for (int i = 0; i < m.GetLength(0); i++)
                    for (int j = 0; j < m.GetLength(1); j++)
                        m[i, j] = float.NegativeInfinity;
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                    {
                        int r = axis == 0 ? 0 : i, c = axis == 0 ? j : 0;
                        m[r, c] = MathF.Max(m[r, c], a[i, j]);
                    }
                return m;
            }

            /// <summary>np.sum(a, axis, keepdims=True).</summary>
            private static float[,] Sum(float[,] a, int axis)
            {
                int rows = a.GetLength(0), cols = a.GetLength(1);
                var s = axis == 0 ? new float[1, cols] : new float[rows, 1];
                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        s[axis == 0 ? 0 : i, axis == 0 ? j : 0] += a[i, j];
                return s;
            }

            private static float[,] Exp(float[,] a)
            {
                var e = new float[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                        e[i, j] = MathF.Exp(a[i, j]);
                return e;
            }

            /// <summary>a - b with numpy broadcasting of b's size-1 dimensions.</summary>
            private static float[,] Subtract(float[,] a, float[,] b)
            {
                var r = new float[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                    {
                        int bi = i, bj = j;
                        if (b.GetLength(0) == 1) bi = 0;
                        if (b.GetLength(1) == 1) bj = 0;
                        r[i, j] = a[i, j] - b[bi, bj];
                    }
                return r;
            }

            /// <summary>a / b with numpy broadcasting of b's size-1 dimensions.</summary>
            private static float[,] Divide(float[,] a, float[,] b)
            {
                var r = new float[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                        r[i, j] = a[i, j] / b[b.GetLength(0) == 1 ? 0 : i, b.GetLength(1) == 1 ? 0 : j];
                return r;
            }
        }
        """;

    /// <summary>A broadcasting helper returning early from the branch <c>b.GetLength(0) == 1</c>; a keepdims helper with an early-return axis branch.</summary>
    private const string EarlyReturns = """
        using System;

        static class Np
        {
            // keepdims max: (1, cols) over axis 0, (rows, 1) over axis 1
            public static double[,] Amax(double[,] a, int axis)
            {
                int rows = a.GetLength(0), cols = a.GetLength(1);
                if (axis == 0)
                {
                    var top = new double[1, cols];
                    for (int j = 0; j < cols; j++)
                    {
                        top[0, j] = double.NegativeInfinity;
                        for (int i = 0; i < rows; i++) top[0, j] = Math.Max(top[0, j], a[i, j]);
                    }

                    return top;
                }

                var m = new double[rows, 1];
                for (int i = 0; i < rows; i++)
                {
                    m[i, 0] = double.NegativeInfinity;
                    for (int j = 0; j < cols; j++) m[i, 0] = Math.Max(m[i, 0], a[i, j]);
                }

                return m;
            }

            // a - b, b broadcast along whichever of its dimensions has length 1
            public static double[,] Minus(double[,] a, double[,] b)
            {
                int rows = a.GetLength(0), cols = a.GetLength(1);
                var r = new double[rows, cols];
                if (b.GetLength(0) == 1)
                {
                    for (int i = 0; i < rows; i++)
                        for (int j = 0; j < cols; j++)
                            r[i, j] = a[i, j] - b[0, j];
                    return r;
                }

                for (int i = 0; i < rows; i++)
                    for (int j = 0; j < cols; j++)
                        r[i, j] = a[i, j] - b[i, 0];
                return r;
            }
        }

        static class Classifier
        {
            public static double[,] Probabilities(double[,] scores)
            {
                int rows = scores.GetLength(0), cols = scores.GetLength(1);
                double[,] peak = Np.Amax(scores, 0);
                double[,] shifted = Np.Minus(scores, peak);
                var p = new double[rows, cols];
                for (int i = 0; i < rows; i++)
                {
                    double s = 0;
                    for (int j = 0; j < cols; j++) s += p[i, j] = Math.Exp(shifted[i, j]);
                    for (int j = 0; j < cols; j++) p[i, j] /= s;
                }

                return p;
            }
        }
        """;

    /// <summary>The (1, c) keepdims column max built by loops in the method, passed to a <c>?:</c> broadcasting helper.</summary>
    private const string LocalColumnKeepdims = """
        using System;

        static class Classifier
        {
            static float[,] Sub(float[,] a, float[,] b)
            {
                var r = new float[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                        r[i, j] = a[i, j] - b[b.GetLength(0) == 1 ? 0 : i, b.GetLength(1) == 1 ? 0 : j];
                return r;
            }

            public static float[,] Probabilities(float[,] scores)
            {
                int n = scores.GetLength(0), c = scores.GetLength(1);
                var colMax = new float[1, c];
                for (int j = 0; j < c; j++)
                {
                    colMax[0, j] = float.MinValue;
                    for (int i = 0; i < n; i++) colMax[0, j] = MathF.Max(colMax[0, j], scores[i, j]); //~ LG0004
                }

                float[,] z = Sub(scores, colMax);
                var p = new float[n, c];
                for (int i = 0; i < n; i++)
                {
                    float s = 0;
                    for (int j = 0; j < c; j++) s += p[i, j] = MathF.Exp(z[i, j]);
                    for (int j = 0; j < c; j++) p[i, j] /= s;
                }

                return p;
            }
        }
        """;

    /// <summary>Its correct twin: the (n, 1) keepdims row max.</summary>
    private const string LocalRowKeepdims = """
        using System;

        static class Classifier
        {
            static float[,] Sub(float[,] a, float[,] b)
            {
                var r = new float[a.GetLength(0), a.GetLength(1)];
                for (int i = 0; i < a.GetLength(0); i++)
                    for (int j = 0; j < a.GetLength(1); j++)
                        r[i, j] = a[i, j] - b[b.GetLength(0) == 1 ? 0 : i, b.GetLength(1) == 1 ? 0 : j];
                return r;
            }

            public static float[,] Probabilities(float[,] scores)
            {
                int n = scores.GetLength(0), c = scores.GetLength(1);
                var colMax = new float[n, 1];
                for (int i = 0; i < n; i++)
                {
                    colMax[i, 0] = float.MinValue;
                    for (int j = 0; j < c; j++) colMax[i, 0] = MathF.Max(colMax[i, 0], scores[i, j]);
                }

                float[,] z = Sub(scores, colMax);
                var p = new float[n, c];
                for (int i = 0; i < n; i++)
                {
                    float s = 0;
                    for (int j = 0; j < c; j++) s += p[i, j] = MathF.Exp(z[i, j]);
                    for (int j = 0; j < c; j++) p[i, j] /= s;
                }

                return p;
            }
        }
        """;

    private static readonly Dictionary<string, string> Sources = new(StringComparer.Ordinal)
    {
        [nameof(Cs231n)] = Cs231n,
        [nameof(FloatIfs)] = FloatIfs,
        [nameof(LocalColumnKeepdims)] = LocalColumnKeepdims,
        [nameof(LocalRowKeepdims)] = LocalRowKeepdims,
    };

    [Theory]
    [InlineData(nameof(Cs231n))]
    [InlineData(nameof(FloatIfs))]
    [InlineData(nameof(LocalColumnKeepdims))]
    public async Task AKeepdimsMaxOverAxisZero_BroadcastByShape_IsLG0004(string name)
    {
        var source = Sources[name];
        var expected = SourceMarkers.ExpectedIdsAtLines(source);
        Assert.Single(expected);
        Assert.Equal(expected, await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Theory]
    [InlineData(nameof(Cs231n))]
    [InlineData(nameof(FloatIfs))]
    [InlineData(nameof(LocalRowKeepdims))]
    public async Task AKeepdimsMaxOverAxisOne_BroadcastByShape_IsSilent(string name)
    {
        var source = Sources[name].Replace("axis: 0); //~ LG0004", "axis: 1);", StringComparison.Ordinal);
        Assert.Empty(await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Fact]
    public async Task TheNestedCall_SplitIntoItsOwnLocal_IsLG0004Too()
    {
        var source = Cs231n.Replace("double[,] expScores = Exp(Subtract(scores, maxScores));", "double[,] shifted = Subtract(scores, maxScores);\n        double[,] expScores = Exp(shifted);", StringComparison.Ordinal);
        Assert.Contains("Exp(shifted)", source, StringComparison.Ordinal);
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("1", false)]
    public async Task ABroadcastingHelperReturningFromTheShapeBranch_IsDecidedAtTheCall(string axis, bool bug)
    {
        var source = EarlyReturns.Replace("Np.Amax(scores, 0);", "Np.Amax(scores, " + axis + ");" + (bug ? " //~ LG0004" : ""), StringComparison.Ordinal);
        Assert.Equal(bug ? 1 : 0, SourceMarkers.ExpectedIdsAtLines(source).Count);
        Assert.Equal(SourceMarkers.ExpectedIdsAtLines(source), await SourceMarkers.ReportedIdsAtLinesAsync(source));
    }
}
