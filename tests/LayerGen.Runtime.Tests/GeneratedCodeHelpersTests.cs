using System.Buffers.Binary;
using System.Runtime.Intrinsics;
using LayerGen.Generated;

namespace LayerGen.Runtime.Tests;

/// <summary>
/// The runtime's helpers of generated code (<c>LayerGen.Generated</c>), tested on their own; the generator tests cover
/// them again through generated layers and networks.
/// </summary>
public class GeneratedCodeHelpersTests
{
    [Fact]
    public void Softmax_row_exp_is_within_2_ulp_of_exp_for_non_positive_lanes_and_0_below_the_normal_range()
    {
        var random = new Random(3);
        for (int i = 0; i < 5000; i++)
        {
            float[] x = Enumerable.Range(0, 8).Select(_ => (float)(-87 * random.NextDouble())).ToArray();
            Vector256<float> y = SoftmaxRow.Exp(Vector256.Create(x));
            for (int lane = 0; lane < 8; lane++)
            {
                double expected = Math.Exp(x[lane]);
                double ulp = MathF.BitIncrement((float)expected) - (float)expected;
                Assert.True(Math.Abs(y[lane] - expected) <= 2 * ulp, $"exp({x[lane]:R}) = {y[lane]:R}, expected {expected:R}");
            }
        }

        Vector256<float> special = SoftmaxRow.Exp(Vector256.Create(0f, -0f, -87.34f, -100f, float.NegativeInfinity, -1e4f, -1f, -87.3f));
        Assert.Equal([1f, 1f, 0f, 0f, 0f, 0f, MathF.Exp(-1f), MathF.Exp(-87.3f)], Enumerable.Range(0, 8).Select(lane => special[lane]).ToArray(), new FloatUlps(2));
    }

    [Fact]
    public void Max_across_lanes_puts_the_maximum_in_every_lane()
    {
        Vector256<float> floats = SoftmaxRow.MaxAcrossLanes(Vector256.Create(3f, -1f, 7f, 2f, 6.5f, float.NegativeInfinity, 0f, 7f));
        Vector256<double> doubles = SoftmaxRow.MaxAcrossLanes(Vector256.Create(-2.0, 5.0, 4.0, -9.0));

        Assert.Equal(Vector256.Create(7f), floats);
        Assert.Equal(Vector256.Create(5.0), doubles);
    }

    [Fact]
    public void Non_finite_rows_share_the_mass_among_positive_infinities_and_give_the_loss_of_the_runtime()
    {
        float[] x = [1f, float.PositiveInfinity, 2f, float.PositiveInfinity];
        float[] y = new float[4];
        SoftmaxRow.NonFinite<float>(x, y, float.PositiveInfinity);
        Assert.Equal([0f, 0.5f, 0f, 0.5f], y);

        SoftmaxRow.NonFinite<float>(x, y, float.NaN);
        Assert.All(y, value => Assert.True(float.IsNaN(value)));

        float[] allNegative = [float.NegativeInfinity, float.NegativeInfinity];
        SoftmaxRow.NonFinite<float>(allNegative, y, float.NegativeInfinity);
        Assert.Equal([0f, 0f], y[..2]);

        float[] gradient = new float[4];
        float[] expectedGradient = new float[4];
        float expected = CrossEntropy.FromLogits(x, [1], expectedGradient, 4);
        Assert.Equal(expected, SoftmaxRow.LossNonFinite<float>(x, 1, gradient, 1f, float.PositiveInfinity));
        Assert.Equal(expectedGradient, gradient);
        Assert.Equal(float.PositiveInfinity, SoftmaxRow.LossNonFinite<float>(x, 0, default, 1f, float.PositiveInfinity));
    }

    [Fact]
    public void Layer_checks_reject_partial_overlap_with_the_runtime_message_and_allow_exact_aliasing()
    {
        float[] buffer = new float[7];
        ArgumentException runtime = Assert.Throws<ArgumentException>(() => Softmax.Forward(buffer.AsSpan(0, 6), buffer.AsSpan(1, 6), 3));
        ArgumentException generated = Assert.Throws<ArgumentException>(() => LayerChecks.SoftmaxForward<float>(buffer.AsSpan(0, 6), buffer.AsSpan(1, 6), 3));
        Assert.Equal((runtime.ParamName, runtime.Message), (generated.ParamName, generated.Message));
        Assert.Equal(2, LayerChecks.SoftmaxForward<float>(buffer.AsSpan(0, 6), buffer.AsSpan(0, 6), 3));

        ArgumentException backward = Assert.Throws<ArgumentException>(() => LayerChecks.SoftmaxBackward<float>(new float[6], buffer.AsSpan(0, 6), buffer.AsSpan(1, 6), 3));
        Assert.Equal("dx", backward.ParamName);

        ArgumentException loss = Assert.Throws<ArgumentException>(() => LayerChecks.SoftmaxWithLoss<float>(buffer.AsSpan(0, 6), [0, 1], buffer.AsSpan(1, 6), 3));
        Assert.Equal("dLogits", loss.ParamName);
        Assert.Equal("logits", Assert.Throws<ArgumentException>(() => LayerChecks.SoftmaxWithLoss<float>(default, [], default, 3)).ParamName);
        ArgumentOutOfRangeException label = Assert.Throws<ArgumentOutOfRangeException>(() => LayerChecks.SoftmaxWithLoss<float>(new float[6], [0, 3], default, 3));
        Assert.Contains("labels[1] (3) is outside [0, 3)", label.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Batch_checks_name_the_parameter_and_the_sizes()
    {
        ArgumentException ragged = Assert.Throws<ArgumentException>(() => LayerChecks.Batch<float>(new float[7], 4, "input"));
        Assert.Equal("input", ragged.ParamName);
        Assert.Contains("input.Length (7) is not a multiple of Inputs (4)", ragged.Message, StringComparison.Ordinal);
        Assert.Equal(0, LayerChecks.Batch<float>(default, 4, "input"));
        Assert.Equal("input", Assert.Throws<ArgumentException>(() => LayerChecks.NonEmptyBatch<float>(default, 4, "input")).ParamName);
        Assert.Equal("targets", Assert.Throws<ArgumentException>(() => LayerChecks.RowsOf(5, 2, 3, "targets")).ParamName);
        Assert.Equal("classes", Assert.Throws<ArgumentException>(() => LayerChecks.OnePerRow(1, 2, "classes")).ParamName);
        Assert.Throws<InvalidOperationException>(() => LayerChecks.LossBeforeBackward(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => LayerChecks.DegreeOfParallelism(0));
    }

    [Fact]
    public void Saved_parameters_have_the_documented_header_and_load_back_only_into_the_same_shapes()
    {
        NetworkLayer[] shapes = [NetworkLayer.Affine(2, 3, 0, 6), NetworkLayer.WithoutParameters(NetworkLayerKind.Relu, 3), NetworkLayer.Affine(3, 1, 9, 12)];
        double[] parameters = Enumerable.Range(0, (2 * 3) + 3 + (3 * 1) + 1).Select(i => i * 0.25).ToArray();
        var stream = new MemoryStream();
        NetworkParameters.Save<double>(stream, parameters, shapes);
        byte[] bytes = stream.ToArray();

        int[] header = Enumerable.Range(0, 8).Select(i => BinaryPrimitives.ReadInt32LittleEndian(bytes.AsSpan(4 * i, 4))).ToArray();
        Assert.Equal([0x4E47474C, 1, 8, 2, 2, 3, 3, 1], header);
        Assert.Equal(32 + (8 * parameters.Length), bytes.Length);
        Assert.Equal(0.25, BinaryPrimitives.ReadDoubleLittleEndian(bytes.AsSpan(32 + 8, 8)));

        double[] loaded = new double[parameters.Length];
        NetworkParameters.Load<double>(new MemoryStream(bytes), loaded, shapes, "Net");
        Assert.Equal(parameters, loaded);

        double[] untouched = new double[parameters.Length];
        NetworkLayer[] otherShapes = [NetworkLayer.Affine(2, 3, 0, 6), NetworkLayer.Affine(3, 2, 9, 15)];
        InvalidDataException other = Assert.Throws<InvalidDataException>(() => NetworkParameters.Load<double>(new MemoryStream(bytes), untouched, otherShapes, "Net"));
        Assert.Contains("[2×3, 3×1] but Net has [2×3, 3×2]", other.Message, StringComparison.Ordinal);
        InvalidDataException floats = Assert.Throws<InvalidDataException>(() => NetworkParameters.Load<float>(new MemoryStream(bytes), new float[parameters.Length], shapes, "Net"));
        Assert.Contains("8-byte elements; Net uses float (4 bytes)", floats.Message, StringComparison.Ordinal);
        Assert.All(untouched, value => Assert.Equal(0, value));
    }

    [Fact]
    public void Initialisation_is_seeded_scaled_per_layer_and_clears_the_biases()
    {
        // He for the Affine layer before the Relu, Xavier for the last one.
        NetworkLayer[] shapes = [NetworkLayer.Affine(400, 100, 0, 40000), NetworkLayer.WithoutParameters(NetworkLayerKind.Relu, 100), NetworkLayer.Affine(100, 10, 40100, 41100)];
        float[] first = NetworkParameters.Initialize(new float[(400 * 100) + 100 + (100 * 10) + 10], 7, shapes);
        float[] second = NetworkParameters.Initialize(Enumerable.Repeat(5f, first.Length).ToArray(), 7, shapes);

        Assert.Equal(first, second);
        Assert.All(second.AsSpan(40000, 100).ToArray(), bias => Assert.Equal(0f, bias));
        Assert.InRange(StandardDeviation(first.AsSpan(0, 40000)), 0.97 * Math.Sqrt(2.0 / 400), 1.03 * Math.Sqrt(2.0 / 400));
        Assert.InRange(StandardDeviation(first.AsSpan(40100, 1000)), 0.9 * Math.Sqrt(2.0 / 110), 1.1 * Math.Sqrt(2.0 / 110));
        Assert.NotEqual(first, NetworkParameters.Initialize(new float[first.Length], 8, shapes));
        Assert.Equal("layers", Assert.Throws<ArgumentException>(() => NetworkParameters.Initialize(new float[3], 7, shapes)).ParamName);
    }

    [Fact]
    public void Optimizer_keeps_its_state_between_steps_and_forgets_it_on_reset()
    {
        var optimizer = new NetworkOptimizer<double>(2) { Momentum = 0.5 };
        double[] parameters = [1, 1];
        optimizer.Sgd(parameters, [1, 2], 0.1);
        optimizer.Sgd(parameters, [1, 2], 0.1);

        // v = g, then 0.5·g + g: p = 1 − 0.1·(1 + 1.5)·g.
        Assert.Equal([1 - 0.25, 1 - 0.5], parameters.Select(p => Math.Round(p, 12)));
        optimizer.Reset();
        optimizer.Sgd(parameters, [1, 2], 0.1);
        Assert.Equal([0.75 - 0.1, 0.5 - 0.2], parameters.Select(p => Math.Round(p, 12)));
        Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Momentum = 1);
        Assert.Throws<ArgumentOutOfRangeException>(() => optimizer.Adam(parameters, [1, 2], 0.1, beta1: 1, beta2: 0.9, epsilon: 1e-8));

        // The first Adam step after a bad call is still step 1: its update is lr·sign(g).
        double[] adam = [0, 0];
        optimizer.Adam(adam, [3, -0.5], 0.01, 0.9, 0.999, 1e-12);
        Assert.Equal([-0.01, 0.01], adam.Select(p => Math.Round(p, 9)));
    }

    [Fact]
    public void Batch_parallel_covers_every_row_once_and_sums_the_chunk_gradients()
    {
        int[] visits = new int[37];
        BatchParallel.For(37, 4, (start, count) =>
        {
            for (int row = start; row < start + count; row++)
            {
                Interlocked.Increment(ref visits[row]);
            }
        });
        Assert.All(visits, count => Assert.Equal(1, count));

        float[] gradients = new float[3];
        float[][] chunks = [];
        BatchParallel.Backward(37, 4, gradients, ref chunks, (start, count, into) =>
        {
            into.Fill(count); // each chunk writes its row count: the sum is the batch
        });
        Assert.Equal([37f, 37f, 37f], gradients);
        Assert.Equal(3, chunks.Length);

        (int, int)? single = null;
        BatchParallel.For(5, 1, (start, count) => single = (start, count));
        Assert.Equal((0, 5), single);
    }

    private static double StandardDeviation(ReadOnlySpan<float> values)
    {
        double sum = 0, squares = 0;
        foreach (float v in values)
        {
            sum += v;
            squares += (double)v * v;
        }

        double mean = sum / values.Length;
        return Math.Sqrt((squares / values.Length) - (mean * mean));
    }

    /// <summary>Floats equal within a number of units in the last place.</summary>
    private sealed class FloatUlps(int ulps) : IEqualityComparer<float>
    {
        public bool Equals(float x, float y) => x == y || Math.Abs(BitConverter.SingleToInt32Bits(x) - BitConverter.SingleToInt32Bits(y)) <= ulps;

        public int GetHashCode(float obj) => 0;
    }
}
