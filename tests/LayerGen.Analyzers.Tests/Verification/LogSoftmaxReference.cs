using Microsoft.CodeAnalysis;

namespace LayerGen.Analyzers.Tests.Verification;

/// <summary>
/// The log-softmax counterpart of <see cref="SoftmaxFixHarness.AssertFixedMatchesAndOriginalFails"/>: a double-precision
/// reference <c>x - m - log Σ exp(x - m)</c> per slice, and the before/after assertion on batches offset by ±1000.
/// </summary>
internal static class LogSoftmaxReference
{
    /// <summary>
    /// On batches offset by ±1000 (shapes 1×5, 3×4, 6×17) the fixed code matches the reference log-softmax over
    /// <paramref name="axis"/> (absolute 1e-4 for float, 1e-9 for double, plus 1e-6 relative: outputs reach −900, where
    /// a float's spacing is 6e-5) with no NaN or infinity, and the original is non-finite or wrong on one of them.
    /// </summary>
    public static void AssertFixedMatchesAndOriginalFails(string name, string subject, string harness, string fixedText, Axis axis, IEnumerable<MetadataReference> references)
    {
        var original = SubjectCompiler.CompileHarness(subject + harness, name + ".Original", references);
        var repaired = SubjectCompiler.CompileHarness(fixedText + harness, name + ".Fixed", references);
        var single = subject.Contains("float[]", StringComparison.Ordinal) || subject.Contains("float[,]", StringComparison.Ordinal)
            || subject.Contains("Span<float>", StringComparison.Ordinal);
        var absolute = single ? 1e-4 : 1e-9;
        var originalFailed = false;
        foreach (var (rows, cols) in new[] { (1, 5), (3, 4), (6, 17) })
        {
            var logits = SoftmaxFixHarness.OffsetRows(rows, cols);
            var expected = axis == Axis.Rows
                ? LogSoftmax(logits, rows, cols, (r, c) => r * cols + c, single)
                : LogSoftmax(logits, cols, rows, (b, c) => c * cols + b, single);
            var actual = repaired(logits, rows, cols);
            for (var k = 0; k < expected.Length; k++)
            {
                Assert.True(double.IsFinite(actual[k]), $"{name}: {actual[k]} at {k} after the fix\n{fixedText}");
                Assert.True(Math.Abs(actual[k] - expected[k]) <= absolute + 1e-6 * Math.Abs(expected[k]), $"{name}: {actual[k]} vs {expected[k]} at {k}\n{fixedText}");
            }

            var before = original(logits, rows, cols);
            originalFailed |= before.Where((value, k) => !double.IsFinite(value) || Math.Abs(value - expected[k]) > 1e-3).Any();
        }

        Assert.True(originalFailed, $"{name}: the unfixed code matched the reference on every batch; the data does not expose the bug.");
    }

    /// <summary>Log-softmax in double over slices (slice s, position p → flat index) of the inputs the subject saw.</summary>
    public static double[] LogSoftmax(double[] flat, int slices, int length, Func<int, int, int> index, bool single)
    {
        var x = single ? flat.Select(value => (double)(float)value).ToArray() : flat;
        var y = new double[x.Length];
        for (var s = 0; s < slices; s++)
        {
            var max = double.NegativeInfinity;
            for (var p = 0; p < length; p++) max = Math.Max(max, x[index(s, p)]);
            var sum = 0.0;
            for (var p = 0; p < length; p++) sum += Math.Exp(x[index(s, p)] - max);
            var logSum = Math.Log(sum);
            for (var p = 0; p < length; p++) y[index(s, p)] = x[index(s, p)] - max - logSum;
        }

        return y;
    }
}
