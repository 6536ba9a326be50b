using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// The LG0005–LG0007 fixes: exact output (also through Fix All and the Roslyn testing framework), no diagnostic left,
/// and the fixed code run: losses equal a double-precision log-softmax cross-entropy on logits with rows at ±1000
/// (finite, where the original gives ∞ or NaN); backward passes equal LayerGen.Softmax.Backward and a numerical
/// gradient (where the diagonal-only original does not; the Jacobian original already did, only in O(n²)).
/// </summary>
public class BackwardFixTests
{
    private static readonly (int Rows, int Cols)[] Shapes = { (6, 5), (3, 9), (1, 12) };

    [Theory]
    [MemberData(nameof(BackwardFixCases.Names), MemberType = typeof(BackwardFixCases))]
    public async Task Fix_ProducesExpectedText_AndLeavesNoDiagnostic(string name)
    {
        var fixCase = BackwardFixCases.Get(name);
        var (text, applied) = await BackwardFixRunner.FixAsync(fixCase.Source);

        Assert.True(applied >= 1, $"{name}: no fix was applied");
        Assert.Equal(fixCase.Fixed, text);
        var diagnostics = await FixRunner.AnalyzeAsync(BackwardFixRunner.Compile(fixCase.Fixed));
        Assert.Empty(diagnostics);
    }

    [Theory]
    [MemberData(nameof(BackwardFixCases.Names), MemberType = typeof(BackwardFixCases))]
    public async Task Source_HasTheRuleOnly(string name)
    {
        var fixCase = BackwardFixCases.Get(name);
        var diagnostics = await FixRunner.AnalyzeAsync(BackwardFixRunner.Compile(fixCase.Source));

        Assert.NotEmpty(diagnostics);
        Assert.All(diagnostics, diagnostic => Assert.Equal(fixCase.Rule, diagnostic.Id));
    }

    [Theory]
    [MemberData(nameof(BackwardFixCases.Names), MemberType = typeof(BackwardFixCases))]
    public Task Fix_ThroughTheTestingFramework(string name)
    {
        var fixCase = BackwardFixCases.Get(name);
        return BackwardVerify.CodeFixAsync(fixCase.Source, fixCase.Fixed);
    }

    [Theory]
    [MemberData(nameof(BackwardFixCases.Names), MemberType = typeof(BackwardFixCases))]
    public void FixedCode_ComputesTheReference(string name)
    {
        var fixCase = BackwardFixCases.Get(name);
        var original = HarnessCompiler.CompileRun(fixCase.Source + fixCase.Harness, name + ".Original");
        var repaired = HarnessCompiler.CompileRun(fixCase.Fixed + fixCase.Harness, name + ".Fixed");
        var random = new Random(20260917 + name.Length);
        foreach (var (rows, cols) in Shapes)
        {
            if (fixCase.Check == BackwardCheck.Backward)
            {
                CheckBackward(fixCase, original, repaired, random, rows, cols);
            }
            else
            {
                CheckLoss(fixCase, original, repaired, random, rows, cols);
            }
        }
    }

    private static void CheckLoss(BackwardFixCase fixCase, System.Reflection.MethodInfo original, System.Reflection.MethodInfo repaired, Random random, int rows, int cols)
    {
        var (logits, labels) = ThousandRows(random, rows, cols);
        if (fixCase.IsSinglePrecision)
        {
            logits = logits.Select(value => (double)(float)value).ToArray();
        }

        var expected = ReferenceLosses(logits, labels, rows, cols);
        if (fixCase.Check == BackwardCheck.LossMean)
        {
            expected = new[] { expected.Average() };
        }

        var actual = (double[])repaired.Invoke(null, new object[] { logits, rows, cols, labels })!;
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            Assert.True(double.IsFinite(actual[k]), $"{fixCase.Name} {rows}x{cols}: loss {k} is {actual[k]}");
            var tolerance = fixCase.IsSinglePrecision ? 2e-3 + 1e-6 * Math.Abs(expected[k]) : 1e-9 * Math.Max(1, Math.Abs(expected[k]));
            Assert.True(Math.Abs(actual[k] - expected[k]) <= tolerance, $"{fixCase.Name} {rows}x{cols}: loss {k} is {actual[k]}, log-softmax gives {expected[k]}");
        }

        var broken = (double[])original.Invoke(null, new object[] { logits, rows, cols, labels })!;
        Assert.True(broken.Any(value => !double.IsFinite(value)), $"{fixCase.Name} {rows}x{cols}: the original loss stayed finite; the data does not expose the bug");
    }

    private static void CheckBackward(BackwardFixCase fixCase, System.Reflection.MethodInfo original, System.Reflection.MethodInfo repaired, Random random, int rows, int cols)
    {
        // Moderate logits: against Softmax.Backward and a central-difference gradient of L(x) = Σ dy · softmax(x).
        var logits = Uniform(random, rows * cols, 3);
        var dy = Uniform(random, rows * cols, 1);
        if (fixCase.IsSinglePrecision)
        {
            logits = logits.Select(value => (double)(float)value).ToArray();
            dy = dy.Select(value => (double)(float)value).ToArray();
        }

        var expected = ReferenceBackward(logits, dy, cols);
        var numerical = NumericalBackward(logits, dy, cols);
        var actual = (double[])repaired.Invoke(null, new object[] { logits, dy, rows, cols })!;
        AssertGradient(fixCase, expected, actual, "Softmax.Backward", rows, cols);
        AssertGradient(fixCase, numerical, actual, "the numerical gradient", rows, cols);

        var broken = (double[])original.Invoke(null, new object[] { logits, dy, rows, cols })!;
        var brokenError = expected.Zip(broken, (e, b) => Math.Abs(e - b)).Max();
        if (fixCase.Rule == "LG0007")
        {
            Assert.True(brokenError > 1e-3, $"{fixCase.Name} {rows}x{cols}: the diagonal-only original matches the gradient ({brokenError}); the data does not expose the bug");
        }
        else
        {
            AssertGradient(fixCase, expected, broken, "Softmax.Backward (the O(n²) original)", rows, cols);
        }

        // Rows at ±1000: still finite and equal to the runtime.
        var (extreme, _) = ThousandRows(random, rows, cols);
        if (fixCase.IsSinglePrecision)
        {
            extreme = extreme.Select(value => (double)(float)value).ToArray();
        }

        AssertGradient(fixCase, ReferenceBackward(extreme, dy, cols), (double[])repaired.Invoke(null, new object[] { extreme, dy, rows, cols })!, "Softmax.Backward at ±1000", rows, cols);
    }

    private static void AssertGradient(BackwardFixCase fixCase, double[] expected, double[] actual, string what, int rows, int cols)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            var tolerance = fixCase.IsSinglePrecision ? 2e-6 + 1e-4 * Math.Abs(expected[k]) : 1e-8 + 1e-6 * Math.Abs(expected[k]);
            Assert.True(double.IsFinite(actual[k]), $"{fixCase.Name} {rows}x{cols}: dx[{k}] is {actual[k]}");
            Assert.True(Math.Abs(actual[k] - expected[k]) <= tolerance, $"{fixCase.Name} {rows}x{cols}: dx[{k}] = {actual[k]}, {what} gives {expected[k]}");
        }
    }

    /// <summary>
    /// Rows whose entries sit at +1000 or -1000 (plus noise below 1); the label of every even row is an entry 2000 below
    /// the row's maximum (its probability underflows to 0 in float and double alike), of every odd row the maximum's side.
    /// </summary>
    private static (double[] Logits, int[] Labels) ThousandRows(Random random, int rows, int cols)
    {
        var logits = new double[rows * cols];
        var labels = new int[rows];
        for (var r = 0; r < rows; r++)
        {
            var sign = r % 2 == 0 ? 1.0 : -1.0;
            for (var c = 0; c < cols; c++)
            {
                var high = (c + r) % 2 == 0;
                logits[r * cols + c] = (high ? sign * 1000 : -sign * 1000) + (random.NextDouble() - 0.5);
            }

            var max = Enumerable.Range(0, cols).Max(c => logits[r * cols + c]);
            var underflows = r % 2 == 0;
            labels[r] = Enumerable.Range(0, cols).First(c => (logits[r * cols + c] < max - 1000) == underflows);
        }

        return (logits, labels);
    }

    private static double[] ReferenceLosses(double[] logits, int[] labels, int rows, int cols)
    {
        var logProbabilities = new double[logits.Length];
        LayerGen.LogSoftmax.Forward(logits, logProbabilities, cols);
        return Enumerable.Range(0, rows).Select(r => -logProbabilities[r * cols + labels[r]]).ToArray();
    }

    private static double[] ReferenceBackward(double[] logits, double[] dy, int cols)
    {
        var y = new double[logits.Length];
        LayerGen.Softmax.Forward(logits, y, cols);
        var dx = new double[logits.Length];
        LayerGen.Softmax.Backward(y, dy, dx, cols);
        return dx;
    }

    private static double[] NumericalBackward(double[] logits, double[] dy, int cols)
    {
        var x = (double[])logits.Clone();
        var y = new double[x.Length];
        var gradient = new double[x.Length];
        LayerGen.GradientCheck.Numerical(x, () =>
        {
            LayerGen.Softmax.Forward(x, y, cols);
            return y.Zip(dy, (a, b) => a * b).Sum();
        }, gradient);
        return gradient;
    }

    private static double[] Uniform(Random random, int length, double scale) =>
        Enumerable.Range(0, length).Select(_ => scale * (2 * random.NextDouble() - 1)).ToArray();
}
