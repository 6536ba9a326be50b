namespace LayerGen.Runtime.Tests;

/// <summary>Bad arguments throw with the parameter name and the values, before any output is written.</summary>
public class ValidationTests
{
    private const float Sentinel = 12345f;

    private static float[] Untouched(int length)
    {
        var buffer = new float[length];
        buffer.AsSpan().Fill(Sentinel);
        return buffer;
    }

    private static void AssertUntouched(float[] buffer) => Assert.All(buffer, v => Assert.Equal(Sentinel, v));

    private static void AssertMessage(ArgumentException exception, string parameter, params string[] fragments)
    {
        Assert.Equal(parameter, exception.ParamName);
        foreach (string fragment in fragments)
        {
            Assert.Contains(fragment, exception.Message);
        }
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void Softmax_rejects_non_positive_cols(int cols)
    {
        float[] y = Untouched(4);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => Softmax.Forward(new float[4], y, cols));
        AssertMessage(e, "cols", $"cols ({cols})");
        AssertUntouched(y);
    }

    [Fact]
    public void Softmax_rejects_a_ragged_batch()
    {
        float[] y = Untouched(23);
        var e = Assert.Throws<ArgumentException>(() => Softmax.Forward(new float[23], y, 10));
        AssertMessage(e, "x", "x.Length (23)", "cols (10)");
        AssertUntouched(y);
    }

    [Fact]
    public void Softmax_rejects_a_short_destination()
    {
        float[] y = Untouched(19);
        var e = Assert.Throws<ArgumentException>(() => Softmax.Forward(new float[20], y, 10));
        AssertMessage(e, "y", "y.Length (19)", "x.Length (20)");
        AssertUntouched(y);
    }

    [Fact]
    public void Softmax_rejects_a_shifted_overlap()
    {
        float[] buffer = Untouched(30);
        var e = Assert.Throws<ArgumentException>(() => Softmax.Forward(buffer.AsSpan(0, 20), buffer.AsSpan(5, 20), 10));
        AssertMessage(e, "y", "offset of 5");
        AssertUntouched(buffer);
    }

    [Fact]
    public void Softmax_backward_rejects_mismatched_gradient_lengths()
    {
        float[] dx = Untouched(20);
        var e1 = Assert.Throws<ArgumentException>(() => Softmax.Backward(new float[20], new float[10], dx, 10));
        AssertMessage(e1, "dy", "dy.Length (10)", "y.Length (20)");
        var e2 = Assert.Throws<ArgumentException>(() => Softmax.Backward(new float[20], new float[20], dx.AsSpan(0, 15), 10));
        AssertMessage(e2, "dx", "dx.Length (15)", "y.Length (20)");
        var e3 = Assert.Throws<ArgumentException>(() => Softmax.Backward(new float[21], new float[21], dx, 10));
        AssertMessage(e3, "y", "y.Length (21)", "cols (10)");
        AssertUntouched(dx);
    }

    [Fact]
    public void LogSoftmax_checks_like_softmax()
    {
        float[] y = Untouched(20);
        var e1 = Assert.Throws<ArgumentException>(() => LogSoftmax.Forward(new float[21], y, 7 * 2));
        AssertMessage(e1, "x", "x.Length (21)", "cols (14)");
        var e2 = Assert.Throws<ArgumentOutOfRangeException>(() => LogSoftmax.Backward(new float[20], new float[20], y, 0));
        AssertMessage(e2, "cols", "cols (0)");
        var e3 = Assert.Throws<ArgumentException>(() => LogSoftmax.Backward(new double[20], new double[20], new double[10], 10));
        AssertMessage(e3, "dx", "dx.Length (10)");
        AssertUntouched(y);
    }

    [Fact]
    public void CrossEntropy_rejects_a_label_out_of_range_before_writing_the_gradient()
    {
        float[] dLogits = Untouched(30);
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropy.FromLogits(new float[30], new[] { 1, 2, 10 }, dLogits, 10));
        AssertMessage(e, "labels", "labels[2] (10)", "[0, 10)", "ignore index (-100)");
        var negative = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropy.FromLogits(new float[30], new[] { -1, 2, 3 }, dLogits, 10));
        AssertMessage(negative, "labels", "labels[0] (-1)");
        AssertUntouched(dLogits);
    }

    [Fact]
    public void CrossEntropy_rejects_row_losses_that_overlap_an_input_or_the_gradient()
    {
        float[] buffer = Untouched(40);
        int[] labels = [0, 1, 2];

        var overLogits = Assert.Throws<ArgumentException>(() =>
            CrossEntropy.FromLogits(buffer.AsSpan(0, 30), labels, Span<float>.Empty, buffer.AsSpan(28, 3), 10));
        AssertMessage(overLogits, "rowLosses", "overlaps logits");

        float[] logits = new float[30];
        var overGradient = Assert.Throws<ArgumentException>(() =>
            CrossEntropy.FromLogits(logits, labels, buffer.AsSpan(0, 30), buffer.AsSpan(29, 3), 10));
        AssertMessage(overGradient, "rowLosses", "overlaps dLogits");
        AssertUntouched(buffer);
    }

    [Fact]
    public void CrossEntropy_rejects_shape_errors()
    {
        float[] dLogits = Untouched(30);
        float[] rowLosses = Untouched(3);
        var labels = new[] { 0, 1 };
        var e1 = Assert.Throws<ArgumentException>(() => CrossEntropy.FromLogits(new float[30], labels, dLogits, 10));
        AssertMessage(e1, "labels", "labels.Length (2)", "logits.Length 30 / cols 10 = 3");
        var e2 = Assert.Throws<ArgumentException>(() => CrossEntropy.FromLogits(new float[30], new[] { 0, 1, 2 }, dLogits.AsSpan(0, 29), 10));
        AssertMessage(e2, "dLogits", "dLogits.Length (29)", "logits.Length (30)");
        var e3 = Assert.Throws<ArgumentException>(() => CrossEntropy.FromLogits(new float[30], new float[20], dLogits, 10));
        AssertMessage(e3, "targets", "targets.Length (20)", "logits.Length (30)");
        var e4 = Assert.Throws<ArgumentException>(() => CrossEntropy.FromLogits(new float[31], new[] { 0, 1, 2 }, dLogits, 10));
        AssertMessage(e4, "logits", "logits.Length (31)", "cols (10)");
        var none = new CrossEntropyOptions { Reduction = CrossEntropyReduction.None };
        var e5 = Assert.Throws<ArgumentException>(() => CrossEntropy.FromLogits(new float[30], new[] { 0, 1, 2 }, dLogits, 10, none));
        AssertMessage(e5, "rowLosses", "rowLosses.Length (0)", "= 3)");
        var e6 = Assert.Throws<ArgumentException>(() => CrossEntropy.FromLogits(new float[30], new[] { 0, 1, 2 }, dLogits, rowLosses.AsSpan(0, 2), 10));
        AssertMessage(e6, "rowLosses", "rowLosses.Length (2)");
        AssertUntouched(dLogits);
        AssertUntouched(rowLosses);
    }

    [Fact]
    public void CrossEntropy_rejects_bad_options()
    {
        float[] dLogits = Untouched(30);
        var labels = new[] { 0, 1, 2 };
        var smoothing = new CrossEntropyOptions { LabelSmoothing = 1.5 };
        var e1 = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropy.FromLogits(new float[30], labels, dLogits, 10, smoothing));
        AssertMessage(e1, "options", "LabelSmoothing (1.5)");
        var weights = new CrossEntropyOptions { ClassWeights = new double[9] };
        var e2 = Assert.Throws<ArgumentException>(() => CrossEntropy.FromLogits(new float[30], labels, dLogits, 10, weights));
        AssertMessage(e2, "options", "ClassWeights.Length (9)", "cols (10)");
        var reduction = new CrossEntropyOptions { Reduction = (CrossEntropyReduction)7 };
        var e3 = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropy.FromLogits(new float[30], labels, dLogits, 10, reduction));
        AssertMessage(e3, "options", "Reduction (7)");
        AssertUntouched(dLogits);
    }

    [Theory]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "Infinity")]
    [InlineData(-0.5, "-0.5")]
    public void CrossEntropy_rejects_class_weights_that_are_not_finite_or_negative_before_writing(double weight, string shown)
    {
        double[] weights = [1, 2, 0, weight, 1, 1, 1, 1, 1, 1];
        var options = new CrossEntropyOptions { ClassWeights = weights };
        var labels = new[] { 0, 1, 2 };
        float[] dLogits = Untouched(30);
        float[] rowLosses = Untouched(3);
        var fromLabels = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropy.FromLogits(new float[30], labels, dLogits, rowLosses, 10, options));
        AssertMessage(fromLabels, "options", "ClassWeights[3] (" + shown + ")", "finite and not negative");
        var fromTargets = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropy.FromLogits(new float[30], new float[30], dLogits, rowLosses, 10, options));
        AssertMessage(fromTargets, "options", "ClassWeights[3] (" + shown + ")");
        var inDouble = Assert.Throws<ArgumentOutOfRangeException>(() => CrossEntropy.FromLogits(new double[30], labels, new double[30], 10, options));
        AssertMessage(inDouble, "options", "ClassWeights[3]");
        AssertUntouched(dLogits);
        AssertUntouched(rowLosses);
    }

    [Fact]
    public void Activations_reject_short_destinations_and_mismatched_gradients()
    {
        float[] y = Untouched(9);
        AssertMessage(Assert.Throws<ArgumentException>(() => Activations.Relu(new float[10], y)), "y", "y.Length (9)", "x.Length (10)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Activations.Sigmoid(new float[10], y)), "y", "y.Length (9)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Activations.Tanh(new float[10], y)), "y", "y.Length (9)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Activations.ReluBackward(new float[9], new float[8], y)), "dy", "dy.Length (8)", "y.Length (9)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Activations.SigmoidBackward(new float[10], new float[10], y)), "dx", "dx.Length (9)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Activations.TanhBackward(new float[10], new float[10], y)), "dx", "dx.Length (9)");
        AssertUntouched(y);
    }

    [Fact]
    public void Affine_forward_rejects_shape_errors()
    {
        float[] y = Untouched(12);
        var x = new float[8];          // 2 rows × 4 inputs
        var w = new float[24];         // 4 × 6
        var b = new float[6];
        AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => Affine.Forward(x, w, b, y, 0, 6)), "inputs", "inputs (0)");
        AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => Affine.Forward(x, w, b, y, 4, -1)), "outputs", "outputs (-1)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Forward(new float[9], w, b, y, 4, 6)), "x", "x.Length (9)", "inputs (4)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Forward(x, new float[23], b, y, 4, 6)), "weights", "weights.Length (23)", "4 × 6 = 24");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Forward(x, w, new float[5], y, 4, 6)), "bias", "bias.Length (5)", "outputs (6)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Forward(x, w, b, y.AsSpan(0, 11), 4, 6)), "y", "y.Length (11)", "2 × 6 = 12");
        AssertUntouched(y);
    }

    [Fact]
    public void Affine_backward_rejects_shape_errors_and_overlaps()
    {
        var x = new float[8];
        var w = new float[24];
        float[] dx = Untouched(8);
        float[] dw = Untouched(24);
        float[] db = Untouched(6);
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Backward(x, w, new float[11], dx, dw, db, 4, 6)), "dy", "dy.Length (11)", "2 × 6 = 12");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Backward(x, w, new float[12], dx.AsSpan(0, 7), dw, db, 4, 6)), "dx", "dx.Length (7)", "x.Length (8)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Backward(x, w, new float[12], dx, dw.AsSpan(0, 23), db, 4, 6)), "dWeights", "dWeights.Length (23)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Backward(x, w, new float[12], dx, dw, db.AsSpan(0, 5), 4, 6)), "dBias", "dBias.Length (5)", "outputs (6)");
        AssertMessage(Assert.Throws<ArgumentException>(() => Affine.Backward(x, w, new float[12], dx, dw, dw.AsSpan(0, 6), 4, 6)), "dBias", "overlaps dWeights");
        AssertUntouched(dx);
        AssertUntouched(dw);
        AssertUntouched(db);
    }

    [Fact]
    public void ArgMax_and_gradient_check_reject_bad_arguments()
    {
        var classes = new[] { 7, 7 };
        AssertMessage(Assert.Throws<ArgumentException>(() => Rows.ArgMax(new float[30], 10, classes)), "classes", "classes.Length (2)", "x.Length 30 / cols 10 = 3");
        AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => Rows.ArgMax(new double[30], 0, classes)), "cols", "cols (0)");
        Assert.Equal(new[] { 7, 7 }, classes);

        var parameters = new double[3];
        var gradient = new[] { 5.0, 5.0 };
        AssertMessage(Assert.Throws<ArgumentException>(() => GradientCheck.Numerical(parameters, () => 0, gradient)), "numericalGradient", "numericalGradient.Length (2)", "parameters.Length (3)");
        AssertMessage(Assert.Throws<ArgumentOutOfRangeException>(() => GradientCheck.Numerical(parameters, () => 0, new double[3], step: 0)), "step", "step (0)");
        Assert.Throws<ArgumentNullException>(() => GradientCheck.Numerical(parameters, null!, new double[3]));
        AssertMessage(Assert.Throws<ArgumentException>(() => GradientCheck.MaxRelativeError(new double[3], new double[2])), "numerical", "numerical.Length (2)", "analytic.Length (3)");
        Assert.Equal(new[] { 5.0, 5.0 }, gradient);
    }
}
