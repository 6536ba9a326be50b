using LayerGen.Differentiation.Ir;
using LayerGen.Generator.Tests.Infrastructure;
using LayerGen.Generator.Tests.Layers;
using static LayerGen.Generator.Tests.Differentiation.DifferentiationHarness;

namespace LayerGen.Generator.Tests.Differentiation;

/// <summary>
/// A <c>ForwardRow</c> that reads <c>y</c> before a write of that element dominates the read starts every row with
/// <c>y</c> at zero, in every generated path: the proof (<c>OutputReadBeforeWrite</c>) on read-first and write-first
/// shapes, gradient checks of read-first rows through the engine's paths, and the generated classes and a network fed
/// output buffers full of NaN.
/// </summary>
public class OutputStartsAtZeroTests
{
    public static TheoryData<string, int, int> ReadFirst() => new()
    {
        { Row("for (int i = 0; i < x.Length; i++) y[i % 3] += x[i] * x[i];"), 7, 3 },
        { Row("y[0] = y[0] * 2 + x[0]; y[1] = x[1] * x[0]; y[2] = Math.Exp(x[2]);"), 3, 3 },
        { Row("for (int i = 0; i < 4; i++) y[i] = x[i]; y[3] = y[4] + x[0];"), 5, 5 },
        { Row("for (int i = 0; i < 3; i++) y[i] = x[i]; for (int i = 0; i < y.Length; i++) y[i] *= 1.5 + x[i];"), 4, 4 },
        { Row("if (x[0] > 0) y[0] = x[1]; y[1] = y[0] + x[0];"), 2, 2 },
        { Row("int k = 0; for (int i = 0; i < y.Length; i++) { if (x[i] > 0) k = i; } y[k] = x[0]; y[0] += x[1]; y[1] = x[k] * x[2];"), 3, 2 },
        { Row("for (int i = 1; i < x.Length; i++) y[i] = y[i - 1] + x[i];"), 4, 4 },
        { Row("foreach (double v in x) { y[0] = Math.Max(y[0], v); y[1] -= v; }"), 5, 2 },
        { Row("Add(y, x); Add(y, x);") + "static void Add(Span<double> t, ReadOnlySpan<double> s) { for (int i = 0; i < t.Length; i++) t[i] += s[i] * s[i]; }", 3, 3 },
    };

    public static TheoryData<string, int, int> WriteFirst() => new()
    {
        { Row("for (int i = 0; i < x.Length; i++) y[i] = x[i]; for (int i = 0; i < y.Length; i++) y[i] *= y[0];"), 4, 4 },
        { Row("y[0] = x[0]; for (int i = 1; i < x.Length; i++) y[i] = y[i - 1] + x[i];"), 5, 5 },
        { Row("y.Clear(); for (int i = 0; i < x.Length; i++) y[i % 3] += x[i];"), 7, 3 },
        { Row("y.Fill(1); for (int i = 0; i < x.Length; i++) y[i % 2] *= x[i];"), 4, 2 },
        { Row("if (x[0] > 0) y[0] = x[1]; else y[0] = -x[1]; y[1] = y[0] * x[0];"), 2, 2 },
        { Row("for (int i = x.Length - 1; i >= 0; i--) y[i] = x[i] * 2; y[0] += y[3];"), 4, 4 },
        { Row("int k = 0; for (int i = 0; i < x.Length; i++) { for (int j = i; j < x.Length; j++) y[k++] = x[i] * x[j]; } y[0] += y[k - 1];"), 3, 6 },
        { Row("double s = 0; for (int i = 0; i < x.Length; i++) { y[i] = Math.Exp(x[i]); s += y[i]; } for (int i = 0; i < y.Length; i++) y[i] /= s;"), 5, 5 },
        { Row("x.CopyTo(y); for (int i = 0; i < y.Length; i++) y[i] = y[i] * y[i];"), 3, 3 },
    };

    [Theory]
    [MemberData(nameof(ReadFirst))]
    public void A_row_that_may_read_y_before_writing_it_starts_at_zero(string members, int inputs, int outputs)
    {
        ForwardRowModel model = Lower(members, inputs, outputs).Model!;
        Assert.True(model.OutputStartsAtZero);
        var clear = Assert.IsType<ForLoop>(model.Body[0]);
        Assert.Contains("starts every row at zero", clear.Source, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(WriteFirst))]
    public void A_row_that_writes_each_element_before_reading_it_pays_nothing(string members, int inputs, int outputs)
    {
        ForwardRowModel model = Lower(members, inputs, outputs).Model!;
        Assert.False(model.OutputStartsAtZero);
        Assert.DoesNotContain(model.Body, s => s.Source.Contains("starts every row at zero", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(ReadFirst))]
    public void Read_first_rows_pass_the_gradient_check_through_every_engine_path(string members, int inputs, int outputs) =>
        GradientCheck.VerifyRows(members, inputs, outputs, ties: false);

    [Theory]
    [MemberData(nameof(ReadFirst))]
    public void Engine_forwards_ignore_what_the_output_buffer_held(string members, int inputs, int outputs)
    {
        CompiledLayer<double> layer = Compile<double>(members, inputs, outputs);
        double[] x = TestData.ToDouble(TestData.Gaussians(inputs, seed: 3));
        double[] expected = new double[outputs];
        layer.Forward(x, expected, []);
        foreach (double garbage in new[] { double.NaN, 1e300, -3 })
        {
            double[] engine = Filled(outputs, garbage), recorded = Filled(outputs, garbage);
            layer.EngineForward(x, engine, []);
            layer.ForwardRecording(x, recorded, [], new double[Math.Max(1, layer.RecordLength)]);
            TestData.AssertClose(expected, engine, 1e-12, 1e-12, "engine forward over " + garbage);
            Assert.Equal(engine, recorded);
        }
    }

    [Fact]
    public void Generated_layer_forward_and_recording_ignore_a_NaN_output_buffer_and_backward_gradient_checks()
    {
        var layer = new BucketSquaresDouble();
        double[] x = TestData.ToDouble(TestData.Gaussians(3 * 7, seed: 21));
        double[] clean = new double[9], dirty = Filled(9, double.NaN);
        layer.Forward(x, clean);
        layer.Forward(x, dirty);
        Assert.Equal(clean, dirty);
        for (int row = 0; row < 3; row++)
        {
            for (int b = 0; b < 3; b++)
            {
                double sum = 0;
                for (int i = b; i < 7; i += 3)
                {
                    sum += x[(row * 7) + i] * x[(row * 7) + i];
                }

                Assert.Equal(sum, clean[(row * 3) + b], 12);
            }
        }

        double[] recorded = Filled(9, double.NaN), tape = new double[3 * BucketSquaresDouble.RecordLength];
        BucketSquaresDouble.ForwardBatchRecording(x, recorded, layer.Parameters, tape);
        Assert.Equal(clean, recorded);
        Assert.True(CustomLayerGradients.MaxError(layer, x, 9, seed: 22) < 1e-6);
    }

    [Fact]
    public void Generated_layer_whose_forward_calls_ForwardRow_clears_the_output_rows_first()
    {
        var layer = new WideScratchAccumulateDouble();
        double[] x = [0.5, -1.5, 2, 0.25, 3, 1, -2, 0.5];
        double[] y = Filled(4, double.NaN);
        layer.Forward(x, y);
        Assert.Equal([(0.25 + 0.5) + (4 + 2), (2.25 - 1.5) + (0.0625 + 0.25), (9 + 3) + (4 - 2), (1 + 1) + (0.25 + 0.5)], y);
        Assert.True(CustomLayerGradients.MaxError(layer, x, 4, seed: 23) < 1e-6);
    }

    [Fact]
    public void Generated_layer_with_learnables_on_lanes_agrees_between_paths_and_precisions()
    {
        var layer = new LeakyStatesDouble();
        double[] moved = TestData.ToDouble(TestData.Gaussians(LeakyStatesDouble.ParameterCount, seed: 31, scale: 0.3));
        for (int i = 0; i < moved.Length; i++)
        {
            layer.Parameters[i] += moved[i];
        }

        double[] x = TestData.ToDouble(TestData.Gaussians(4 * 6, seed: 32, scale: 1.5));
        double[] clean = new double[24], dirty = Filled(24, double.NaN);
        layer.Forward(x, clean);
        layer.Forward(x, dirty);
        Assert.Equal(clean, dirty);

        // The recording pair against Forward and the recompute Backward, from NaN-filled output and gradient buffers.
        double[] dy = TestData.ToDouble(TestData.Gaussians(24, seed: 33));
        double[] dx = Filled(24, double.NaN);
        layer.Backward(x, dy, dx);
        double[] recorded = Filled(24, double.NaN), tape = new double[4 * LeakyStatesDouble.RecordLength];
        double[] tapeDx = Filled(24, double.NaN), gradients = new double[LeakyStatesDouble.ParameterCount];
        LeakyStatesDouble.ForwardBatchRecording(x, recorded, layer.Parameters, tape);
        LeakyStatesDouble.BackwardBatchFromTape(x, tape, dy, tapeDx, layer.Parameters, gradients, new double[LeakyStatesDouble.FromTapeScratchLength]);
        Assert.Equal(clean, recorded);
        Assert.Equal(dx, tapeDx);
        Assert.Equal(layer.ParameterGradients.ToArray(), gradients);
        Assert.True(CustomLayerGradients.MaxError(layer, x, 24, seed: 34) < 1e-6);

        var single = new LeakyStatesFloat();
        for (int i = 0; i < moved.Length; i++)
        {
            single.Parameters[i] = (float)layer.Parameters[i];
        }

        float[] y = new float[24];
        Array.Fill(y, float.NaN);
        single.Forward(Array.ConvertAll(x, v => (float)v), y);
        TestData.AssertClose(clean, Array.ConvertAll(y, v => (double)v), 1e-5, 1e-4, "float forward against double");
    }

    [Fact]
    public void Network_with_read_first_layers_gives_the_same_loss_on_reused_buffers_and_gradient_checks()
    {
        var net = new OutputReadFirstNetDouble();
        double[] input = TestData.ToDouble(TestData.Gaussians(5 * 4, seed: 41, scale: 0.7));
        int[] labels = TestData.Labels(5, 3, seed: 41);
        double first = net.Loss(input, labels);
        double second = net.Loss(input, labels);
        Assert.Equal(first, second);
        double[] logits = net.Forward(input).ToArray();
        Assert.Equal(logits, net.Forward(input).ToArray());

        net.Loss(input, labels);
        net.Backward();
        double[] analytic = net.Gradients.ToArray();
        double[] numerical = new double[analytic.Length];
        global::LayerGen.GradientCheck.Numerical(net.Parameters, () => net.Loss(input, labels), numerical);
        double error = global::LayerGen.GradientCheck.MaxRelativeError(analytic, numerical);
        Assert.True(error < 1e-6, $"max relative error {error:E3}");
    }

    private static double[] Filled(int length, double value)
    {
        double[] values = new double[length];
        Array.Fill(values, value);
        return values;
    }

    private static string Row(string body) => "static void ForwardRow(ReadOnlySpan<double> x, Span<double> y) { " + body + " }\n";
}
