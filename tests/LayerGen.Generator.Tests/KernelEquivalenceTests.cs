using LayerGen.Generator.Tests.Infrastructure;
using LayerGen.Generator.Tests.Layers;

namespace LayerGen.Generator.Tests;

/// <summary>
/// Every generated softmax kernel variant (classes in Layers/KernelVariantLayers.cs, generated at build time) against the runtime kernels
/// <see cref="Softmax"/> and <see cref="CrossEntropy"/>, on batches with ±1e4 logits, ±∞, all -∞ rows and rows of very different scales.
/// Float tolerances (DESIGN.md): absolute 2e-6, relative 1e-5 for entries ≥ 1e-30.
/// </summary>
public class KernelEquivalenceTests
{
    private const double FloatAbsolute = 2e-6;
    private const double FloatRelative = 1e-5;

    public static TheoryData<string> FloatSoftmaxVariants => new(KernelVariants.FloatSoftmaxes.Keys);

    public static TheoryData<string> FloatLossVariants => new(KernelVariants.FloatLosses.Keys);

    public static TheoryData<string> DoubleSoftmaxVariants => new(KernelVariants.DoubleSoftmaxes.Keys);

    public static TheoryData<string> DoubleLossVariants => new(KernelVariants.DoubleLosses.Keys);

    [Fact]
    public void Every_kernel_and_size_has_a_class()
    {
        int[] sizes = [1, 2, 3, 7, 8, 9, 10, 16, 17, 31, 64, 100, 1024];
        foreach (string kernel in new[] { "Auto", "Scalar", "Unrolled", "Vector256", "Runtime" })
        {
            foreach (int size in sizes.Where(size => kernel != "Unrolled" || size <= 16))
            {
                Assert.Contains($"{kernel}/{size}", KernelVariants.FloatSoftmaxes.Keys);
                Assert.Contains($"{kernel}/{size}", KernelVariants.FloatLosses.Keys);
            }
        }
    }

    [Theory]
    [MemberData(nameof(FloatSoftmaxVariants))]
    public void Float_forward_matches_runtime(string variant)
    {
        int size = SizeOf(variant);
        IFloatSoftmax layer = KernelVariants.FloatSoftmaxes[variant];
        int rows = RowsFor(size);
        float[] x = TestData.Logits(rows, size, seed: size);
        float[] expected = new float[x.Length];
        Softmax.Forward(x, expected, size);

        float[] actual = new float[x.Length];
        layer.Forward(x, actual);

        TestData.AssertClose(expected, actual, FloatAbsolute, FloatRelative, variant);
        for (int r = 0; r < rows; r++)
        {
            ReadOnlySpan<float> row = actual.AsSpan(r * size, size);
            bool allNegativeInfinity = x.AsSpan(r * size, size).IndexOfAnyExcept(float.NegativeInfinity) < 0;
            double sum = 0;
            foreach (float p in row)
            {
                Assert.False(float.IsNaN(p), $"{variant}: NaN in row {r}");
                sum += p;
            }

            Assert.InRange(sum, allNegativeInfinity ? 0 : 1 - 1e-5, allNegativeInfinity ? 0 : 1 + 1e-5);
        }

        // In place (y aliases x) gives the same bits.
        float[] inPlace = (float[])x.Clone();
        layer.Forward(inPlace, inPlace);
        Assert.Equal(actual, inPlace);
    }

    [Theory]
    [MemberData(nameof(FloatSoftmaxVariants))]
    public void Float_backward_matches_runtime(string variant)
    {
        int size = SizeOf(variant);
        IFloatSoftmax layer = KernelVariants.FloatSoftmaxes[variant];
        int rows = RowsFor(size);
        float[] y = new float[rows * size];
        Softmax.Forward(TestData.Logits(rows, size, seed: 7 * size), y, size);
        float[] dy = TestData.Gaussians(y.Length, seed: size);

        float[] expected = new float[y.Length];
        Softmax.Backward(y, dy, expected, size);
        float[] actual = new float[y.Length];
        layer.Backward(y, dy, actual);

        // dx = y ⊙ (dy − ⟨y, dy⟩) cancels when dy ≈ ⟨y, dy⟩, so the error is bounded relative to y·(|dy| + |⟨y, dy⟩|).
        for (int i = 0; i < y.Length; i++)
        {
            double bound = FloatAbsolute + (FloatRelative * Math.Abs(y[i]) * (Math.Abs(dy[i]) + 4));
            Assert.True(Math.Abs(actual[i] - expected[i]) <= bound, $"{variant}: dx[{i}] expected {expected[i]:R}, got {actual[i]:R}");
        }

        // dx may alias dy.
        float[] inPlace = (float[])dy.Clone();
        layer.Backward(y, inPlace, inPlace);
        Assert.Equal(actual, inPlace);

        // An all -∞ row (y = 0) has a zero gradient.
        float[] zeros = new float[size];
        float[] gradient = TestData.Gaussians(size, seed: 3);
        layer.Backward(zeros, TestData.Gaussians(size, seed: 4), gradient);
        Assert.All(gradient, g => Assert.Equal(0f, Math.Abs(g)));
    }

    [Theory]
    [MemberData(nameof(FloatLossVariants))]
    public void Float_loss_and_gradient_match_runtime(string variant)
    {
        int size = SizeOf(variant);
        IFloatLoss layer = KernelVariants.FloatLosses[variant];
        int rows = RowsFor(size);
        float[] logits = TestData.Logits(rows, size, seed: 11 * size, withInfinities: false);
        int[] labels = TestData.Labels(rows, size, seed: size);

        float[] expectedGradient = new float[logits.Length];
        float expectedLoss = CrossEntropy.FromLogits(logits, labels, expectedGradient, size);
        float[] actualGradient = new float[logits.Length];
        float actualLoss = layer.Forward(logits, labels, actualGradient);

        Assert.True(Math.Abs(actualLoss - expectedLoss) <= FloatRelative * Math.Max(1, Math.Abs(expectedLoss)), $"{variant}: loss {actualLoss:R}, runtime {expectedLoss:R}");
        AssertLossGradientClose(expectedGradient, actualGradient, labels, size, variant);
        Assert.Equal(actualLoss, layer.Forward(logits, labels, default));

        // The gradient may be written over the logits.
        float[] inPlace = (float[])logits.Clone();
        Assert.Equal(actualLoss, layer.Forward(inPlace, labels, inPlace));
        Assert.Equal(actualGradient, inPlace);
    }

    [Theory]
    [MemberData(nameof(FloatLossVariants))]
    public void Float_loss_of_special_values_has_no_NaN(string variant)
    {
        int size = SizeOf(variant);
        IFloatLoss layer = KernelVariants.FloatLosses[variant];

        // Target logit -∞ next to a finite one: loss +∞, gradient finite.
        float[] logits = new float[size];
        logits.AsSpan().Fill(float.NegativeInfinity);
        logits[size - 1] = 2f;
        float[] gradient = new float[size];
        float loss = layer.Forward(logits, [0], gradient);
        if (size == 1)
        {
            Assert.InRange(loss, 0f, 2e-7f); // log(exp(0)); Vector256.Exp(0) may be one ulp above 1
        }
        else
        {
            Assert.Equal(float.PositiveInfinity, loss);
        }

        Assert.All(gradient, g => Assert.True(float.IsFinite(g)));
        if (size > 1)
        {
            Assert.Equal(-1f, gradient[0]);
            Assert.Equal(1f, gradient[size - 1]);
        }

        // All -∞: the target has probability 0.
        logits.AsSpan().Fill(float.NegativeInfinity);
        Assert.Equal(float.PositiveInfinity, layer.Forward(logits, [size - 1], gradient));
        Assert.All(gradient, g => Assert.True(float.IsFinite(g)));

        // Logits of ±1e4 stay finite and match the runtime.
        float[] huge = TestData.Logits(1, size, seed: 5, withInfinities: false);
        for (int j = 0; j < size; j++)
        {
            huge[j] = j % 2 == 0 ? 1e4f : -1e4f;
        }

        float expected = CrossEntropy.FromLogits(huge, [size / 2], default, size);
        Assert.Equal(expected, layer.Forward(huge, [size / 2], default), 3);
    }

    [Theory]
    [MemberData(nameof(DoubleSoftmaxVariants))]
    public void Double_forward_and_backward_match_runtime(string variant)
    {
        int size = SizeOf(variant);
        IDoubleSoftmax layer = KernelVariants.DoubleSoftmaxes[variant];
        int rows = RowsFor(size);
        double[] x = TestData.ToDouble(TestData.Logits(rows, size, seed: 13 * size));
        double[] expected = new double[x.Length];
        Softmax.Forward(x, expected, size);
        double[] actual = new double[x.Length];
        layer.Forward(x, actual);
        TestData.AssertClose(expected, actual, 1e-14, 1e-12, variant);

        double[] dy = TestData.ToDouble(TestData.Gaussians(x.Length, seed: size));
        double[] expectedGradient = new double[x.Length];
        Softmax.Backward(expected, dy, expectedGradient, size);
        double[] actualGradient = new double[x.Length];
        layer.Backward(expected, dy, actualGradient);
        TestData.AssertClose(expectedGradient, actualGradient, 1e-13, 1, variant);
    }

    [Theory]
    [MemberData(nameof(DoubleLossVariants))]
    public void Double_loss_matches_runtime(string variant)
    {
        int size = SizeOf(variant);
        IDoubleLoss layer = KernelVariants.DoubleLosses[variant];
        int rows = RowsFor(size);
        double[] logits = TestData.ToDouble(TestData.Logits(rows, size, seed: 17 * size, withInfinities: false));
        int[] labels = TestData.Labels(rows, size, seed: size);
        double[] expectedGradient = new double[logits.Length];
        double expectedLoss = CrossEntropy.FromLogits(logits, labels, expectedGradient, size);
        double[] actualGradient = new double[logits.Length];
        double actualLoss = layer.Forward(logits, labels, actualGradient);
        Assert.Equal(expectedLoss, actualLoss, 1e-10);
        TestData.AssertClose(expectedGradient, actualGradient, 1e-14, 1e-10, variant);
    }

    [Fact]
    public void NaN_in_a_row_gives_NaN_in_that_row_only()
    {
        foreach ((string variant, IFloatSoftmax layer) in KernelVariants.FloatSoftmaxes)
        {
            int size = SizeOf(variant);
            float[] x = TestData.Logits(2, size, seed: 1, withInfinities: false);
            x[size + (size / 2)] = float.NaN;
            float[] y = new float[x.Length];
            layer.Forward(x, y);
            Assert.All(y.AsSpan(0, size).ToArray(), p => Assert.False(float.IsNaN(p), variant));
            Assert.All(y.AsSpan(size, size).ToArray(), p => Assert.True(float.IsNaN(p), variant));
        }
    }

    [Fact]
    public void Ragged_input_and_short_destination_throw_before_writing()
    {
        IFloatSoftmax layer = KernelVariants.FloatSoftmaxes["Auto/10"];
        float[] y = new float[20];
        y.AsSpan().Fill(42f);
        ArgumentException ragged = Assert.Throws<ArgumentException>(() => layer.Forward(new float[15], y));
        Assert.Equal("x", ragged.ParamName);
        Assert.Contains("15", ragged.Message, StringComparison.Ordinal);
        ArgumentException shortY = Assert.Throws<ArgumentException>(() => layer.Forward(new float[20], new float[10]));
        Assert.Equal("y", shortY.ParamName);
        Assert.All(y, v => Assert.Equal(42f, v));

        IFloatLoss loss = KernelVariants.FloatLosses["Auto/10"];
        float[] gradient = new float[20];
        gradient.AsSpan().Fill(42f);
        ArgumentOutOfRangeException label = Assert.Throws<ArgumentOutOfRangeException>(() => loss.Forward(new float[20], [3, 10], gradient));
        Assert.Equal("labels", label.ParamName);
        Assert.Contains("10", label.Message, StringComparison.Ordinal);
        Assert.All(gradient, v => Assert.Equal(42f, v));
        Assert.Throws<ArgumentException>(() => loss.Forward(new float[20], [3], gradient));
    }

    [Fact]
    public void Partial_overlap_is_rejected_like_the_runtime_and_exact_aliasing_is_allowed()
    {
        foreach ((string variant, IFloatSoftmax layer) in KernelVariants.FloatSoftmaxes)
        {
            int size = SizeOf(variant);
            float[] buffer = TestData.Gaussians((2 * size) + 1, seed: size);
            float[] before = (float[])buffer.Clone();
            AssertSameRejection(variant + " forward y", () => Softmax.Forward(buffer.AsSpan(0, 2 * size), buffer.AsSpan(1), size), () => layer.Forward(buffer.AsSpan(0, 2 * size), buffer.AsSpan(1)));
            float[] y = new float[2 * size];
            AssertSameRejection(variant + " backward dx/dy", () => Softmax.Backward(y, buffer.AsSpan(0, 2 * size), buffer.AsSpan(1), size), () => layer.Backward(y, buffer.AsSpan(0, 2 * size), buffer.AsSpan(1)));
            AssertSameRejection(variant + " backward dx/y", () => Softmax.Backward(buffer.AsSpan(1, 2 * size), y, buffer, size), () => layer.Backward(buffer.AsSpan(1, 2 * size), y, buffer));
            Assert.Equal(before, buffer);
        }

        foreach ((string variant, IDoubleSoftmax layer) in KernelVariants.DoubleSoftmaxes)
        {
            int size = SizeOf(variant);
            double[] buffer = TestData.ToDouble(TestData.Gaussians((2 * size) + 1, seed: size));
            double[] before = (double[])buffer.Clone();
            AssertSameRejection(variant + " double forward", () => Softmax.Forward(buffer.AsSpan(1), buffer.AsSpan(0, (2 * size) + 1), size), () => layer.Forward(buffer.AsSpan(1), buffer.AsSpan(0, (2 * size) + 1)));
            Assert.Equal(before, buffer);
        }

        foreach ((string variant, IFloatLoss layer) in KernelVariants.FloatLosses)
        {
            int size = SizeOf(variant);
            float[] buffer = TestData.Gaussians((2 * size) + 1, seed: size);
            float[] before = (float[])buffer.Clone();
            int[] labels = [0, size - 1];
            AssertSameRejection(variant + " loss", () => CrossEntropy.FromLogits(buffer.AsSpan(0, 2 * size), labels, buffer.AsSpan(1), size), () => layer.Forward(buffer.AsSpan(0, 2 * size), labels, buffer.AsSpan(1)));
            Assert.Equal(before, buffer);

            // Exact aliasing (in place) stays allowed.
            float[] logits = TestData.Gaussians(2 * size, seed: size);
            float[] expected = new float[2 * size];
            float loss = CrossEntropy.FromLogits(logits, labels, expected, size);
            Assert.Equal(loss, layer.Forward(logits, labels, logits), 5);
        }
    }

    [Fact]
    public void Standalone_layers_allocate_nothing_per_call()
    {
        foreach ((string variant, IFloatSoftmax layer) in KernelVariants.FloatSoftmaxes)
        {
            int size = SizeOf(variant);
            float[] x = TestData.Logits(8, size, seed: size, withInfinities: false), y = new float[x.Length], dx = new float[x.Length];
            IFloatLoss? loss = KernelVariants.FloatLosses.GetValueOrDefault(variant);
            int[] labels = TestData.Labels(8, size, seed: size);
            void Run()
            {
                layer.Forward(x, y);
                layer.Backward(y, x, dx);
                loss?.Forward(x, labels, dx);
            }

            // Warm up past tiered compilation (methods are re-jitted after 30 calls), then measure.
            for (int i = 0; i < 50; i++)
            {
                Run();
            }

            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 10; i++)
            {
                Run();
            }

            Assert.True(GC.GetAllocatedBytesForCurrentThread() == before, $"{variant} allocated {GC.GetAllocatedBytesForCurrentThread() - before} bytes");
        }
    }

    /// <summary>Both calls throw <see cref="ArgumentException"/> with the same parameter name and message.</summary>
    private static void AssertSameRejection(string what, Action runtime, Action generated)
    {
        ArgumentException expected = Assert.Throws<ArgumentException>(runtime);
        ArgumentException actual = Assert.ThrowsAny<ArgumentException>(generated);
        Assert.True(expected.GetType() == actual.GetType() && expected.ParamName == actual.ParamName && expected.Message == actual.Message,
            $"{what}: runtime threw {expected.GetType().Name}({expected.ParamName}): {expected.Message}\ngenerated threw {actual.GetType().Name}({actual.ParamName}): {actual.Message}");
    }

    /// <summary>
    /// The loss gradient is <c>(p − onehot) / rows</c>: compared in probability units (times rows), with the softmax tolerances,
    /// except that the label entry <c>p − 1</c> cancels, so only the absolute tolerance applies there.
    /// </summary>
    private static void AssertLossGradientClose(float[] expected, float[] actual, int[] labels, int size, string variant)
    {
        int rows = labels.Length;
        for (int i = 0; i < expected.Length; i++)
        {
            double e = (double)expected[i] * rows, a = (double)actual[i] * rows;
            bool label = labels[i / size] == i % size;
            double bound = FloatAbsolute + (label ? 0 : FloatRelative * Math.Abs(e));
            Assert.True(Math.Abs(a - e) <= bound, $"{variant}: dLogits[{i}] · rows expected {e:R}, got {a:R}");
        }
    }

    private static int SizeOf(string variant) => int.Parse(variant.AsSpan(variant.IndexOf('/') + 1), provider: System.Globalization.CultureInfo.InvariantCulture);

    private static int RowsFor(int size) => size >= 1024 ? 27 : 45;
}
