using LayerGen;

namespace FashionMnist;

/// <summary>
/// The Fashion-MNIST classifier: 784 pixels → 256 → 128 → 10 classes with ReLU between the layers and a fused
/// softmax cross-entropy loss. LayerGen's generator writes Forward, Loss, Backward, Step, Predict and the rest.
/// </summary>
[Affine(784, 256), Relu]
[Affine(256, 128), Relu]
[Affine(128, 10), SoftmaxWithLoss]
internal sealed partial class FashionNet : IFashionClassifier;

/// <summary>
/// The same classifier with a custom layer (<see cref="LayerNorm256"/>, its backward derived by LayerGen) between the first
/// affine layer and its ReLU: the sample's <c>--layer-norm</c>.
/// </summary>
[Affine(784, 256), Layer<LayerNorm256>, Relu]
[Affine(256, 128), Relu]
[Affine(128, 10), SoftmaxWithLoss]
internal sealed partial class FashionNetLayerNorm : IFashionClassifier;

/// <summary>What the trainer and evaluator use of a generated classifier: the members both networks' generated code has.</summary>
internal interface IFashionClassifier : ISequentialNetwork<float>
{
    /// <inheritdoc cref="FashionNet.MaxDegreeOfParallelism"/>
    int MaxDegreeOfParallelism { get; set; }

    /// <inheritdoc cref="FashionNet.Momentum"/>
    float Momentum { get; set; }

    /// <inheritdoc cref="FashionNet.Forward(ReadOnlySpan{float})"/>
    new ReadOnlySpan<float> Forward(ReadOnlySpan<float> input);

    /// <inheritdoc cref="FashionNet.Loss(ReadOnlySpan{float}, ReadOnlySpan{int})"/>
    float Loss(ReadOnlySpan<float> input, ReadOnlySpan<int> labels);

    /// <inheritdoc cref="FashionNet.Backward"/>
    void Backward();

    /// <inheritdoc cref="FashionNet.Step(float)"/>
    void Step(float learningRate);

    /// <inheritdoc cref="FashionNet.StepAdam(float, float, float, float)"/>
    void StepAdam(float learningRate, float beta1 = 0.9f, float beta2 = 0.999f, float epsilon = 1e-8f);

    /// <inheritdoc cref="FashionNet.ResetParameters(int)"/>
    void ResetParameters(int seed);

    /// <inheritdoc cref="FashionNet.Save(Stream)"/>
    void Save(Stream stream);
}

/// <summary>
/// Layer normalisation over the 256 hidden units of a row, with a learnable gain (starting at 1) and bias (starting at 0),
/// written as a learner would: LayerGen generates Forward over the batch and derives Backward from this row code.
/// </summary>
[DifferentiableLayer(256)]
internal sealed partial class LayerNorm256
{
    private static void ForwardRow(ReadOnlySpan<float> x, Span<float> y, [Learnable(256, Initial = 1)] ReadOnlySpan<float> gain, [Learnable(256)] ReadOnlySpan<float> bias)
    {
        float mean = 0;
        for (int i = 0; i < x.Length; i++)
        {
            mean += x[i];
        }

        mean /= x.Length;
        float variance = 0;
        for (int i = 0; i < x.Length; i++)
        {
            variance += (x[i] - mean) * (x[i] - mean);
        }

        float inverse = 1 / MathF.Sqrt((variance / x.Length) + 1e-5f);
        for (int i = 0; i < x.Length; i++)
        {
            y[i] = (gain[i] * (x[i] - mean) * inverse) + bias[i];
        }
    }
}
