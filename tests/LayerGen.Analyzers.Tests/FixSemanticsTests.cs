using LayerGen.Analyzers.Tests.Verification;

namespace LayerGen.Analyzers.Tests;

/// <summary>
/// Runs every fix case before and after the fix on batches whose rows differ in scale and offset by 1e3 and more:
/// the fixed code matches LayerGen.Softmax.Forward (absolute 2e-6, relative 1e-5 for entries ≥ 1e-30), while the
/// original produces NaN or rows that do not sum to 1.
/// </summary>
public class FixSemanticsTests
{
    private static readonly (int Rows, int Cols)[] Shapes = { (2, 3), (4, 10), (7, 5), (16, 33) };

    [Theory]
    [MemberData(nameof(FixCases.Names), MemberType = typeof(FixCases))]
    public async Task FixedCodeMatchesRuntimeSoftmax_OriginalDoesNot(string name)
    {
        var fixCase = FixCases.Get(name);
        var fixedText = await FixRunner.FixAsync(WithStandIn(fixCase, fixCase.PlainSource));
        Assert.Equal(WithStandIn(fixCase, fixCase.Fixed), fixedText);

        var original = SubjectCompiler.CompileHarness(fixCase.PlainSource + fixCase.Harness, name + ".Original");
        var repaired = SubjectCompiler.CompileHarness(fixCase.Fixed + fixCase.Harness, name + ".Fixed");
        var random = new Random(20261123 + name.Length);
        foreach (var (rows, cols) in Shapes)
        {
            var logits = WidelyScaledBatch(random, rows, cols);
            var expected = Reference(logits, cols, fixCase.IsSinglePrecision);

            var actual = repaired(logits, rows, cols);
            AssertClose(expected, actual, rows, cols, name);

            var broken = original(logits, rows, cols);
            Assert.True(
                broken.Any(double.IsNaN) || MaxRowSumError(broken, rows, cols) > 1e-3,
                $"{name}: the unfixed code gave plausible probabilities for {rows}x{cols}; the data does not expose the bug.");
        }
    }

    /// <summary>Row r: scale 10^(r mod 4 - 1) (0.1 … 100) and offset (r - rows/2) · 1500, so row maxima span thousands.</summary>
    private static double[] WidelyScaledBatch(Random random, int rows, int cols)
    {
        var x = new double[rows * cols];
        for (var i = 0; i < rows; i++)
        {
            var scale = Math.Pow(10, (i % 4) - 1);
            var offset = (i - rows / 2) * 1500.0;
            for (var j = 0; j < cols; j++)
            {
                x[i * cols + j] = offset + scale * (random.NextDouble() * 2 - 1);
            }
        }

        return x;
    }

    private static double[] Reference(double[] logits, int cols, bool single)
    {
        if (single)
        {
            var x = logits.Select(value => (float)value).ToArray();
            var y = new float[x.Length];
            LayerGen.Softmax.Forward(x, y, cols);
            return y.Select(value => (double)value).ToArray();
        }

        var result = new double[logits.Length];
        LayerGen.Softmax.Forward(logits, result, cols);
        return result;
    }

    private static void AssertClose(double[] expected, double[] actual, int rows, int cols, string name)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (var k = 0; k < expected.Length; k++)
        {
            var absolute = Math.Abs(expected[k] - actual[k]);
            var relative = absolute / Math.Max(Math.Abs(expected[k]), double.Epsilon);
            Assert.False(double.IsNaN(actual[k]), $"{name} {rows}x{cols}: NaN at row {k / cols}, column {k % cols}");
            Assert.True(absolute <= 2e-6, $"{name} {rows}x{cols}: |{actual[k]} - {expected[k]}| = {absolute} at row {k / cols}, column {k % cols}");
            if (Math.Abs(expected[k]) >= 1e-30)
            {
                Assert.True(relative <= 1e-5, $"{name} {rows}x{cols}: relative error {relative} at row {k / cols}, column {k % cols}");
            }
        }

        Assert.True(MaxRowSumError(actual, rows, cols) <= 1e-5, $"{name} {rows}x{cols}: rows do not sum to 1");
    }

    private static double MaxRowSumError(double[] probabilities, int rows, int cols)
    {
        var worst = 0.0;
        for (var i = 0; i < rows; i++)
        {
            var sum = 0.0;
            for (var j = 0; j < cols; j++)
            {
                sum += probabilities[i * cols + j];
            }

            worst = Math.Max(worst, Math.Abs(sum - 1));
        }

        return worst;
    }

    private static string WithStandIn(FixCase fixCase, string source) =>
        fixCase.NeedsTensorPrimitives ? source + TestReferences.TensorPrimitivesStandIn : source;
}
