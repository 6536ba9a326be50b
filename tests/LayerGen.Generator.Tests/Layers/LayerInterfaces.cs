namespace LayerGen.Generator.Tests.Layers;

/// <summary>The members the generator writes for a standalone float <c>[Softmax(n)]</c> layer; lets tests treat every variant alike.</summary>
public interface IFloatSoftmax
{
    void Forward(ReadOnlySpan<float> x, Span<float> y);

    void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx);
}

/// <summary>The members of a standalone double <c>[Softmax(n)]</c> layer.</summary>
public interface IDoubleSoftmax
{
    void Forward(ReadOnlySpan<double> x, Span<double> y);

    void Backward(ReadOnlySpan<double> y, ReadOnlySpan<double> dy, Span<double> dx);
}

/// <summary>The member of a standalone float <c>[SoftmaxWithLoss(n)]</c> layer.</summary>
public interface IFloatLoss
{
    float Forward(ReadOnlySpan<float> logits, ReadOnlySpan<int> labels, Span<float> dLogits);
}

/// <summary>The member of a standalone double <c>[SoftmaxWithLoss(n)]</c> layer.</summary>
public interface IDoubleLoss
{
    double Forward(ReadOnlySpan<double> logits, ReadOnlySpan<int> labels, Span<double> dLogits);
}

/// <summary>The members the generator writes for a custom layer (<c>[DifferentiableLayer]</c>); lets tests treat every layer alike.</summary>
/// <typeparam name="T">float or double, from ForwardRow.</typeparam>
public interface ICustomLayer<T>
{
    Span<T> Parameters { get; }

    Span<T> ParameterGradients { get; }

    void Forward(ReadOnlySpan<T> x, Span<T> y);

    void Backward(ReadOnlySpan<T> x, ReadOnlySpan<T> dy, Span<T> dx);
}
