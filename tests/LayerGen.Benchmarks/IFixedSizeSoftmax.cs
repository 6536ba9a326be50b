namespace LayerGen.Benchmarks;

/// <summary>
/// The API the generator writes for a standalone <c>[Softmax(size)]</c> layer. The benchmark's layer classes
/// declare this interface on their own partial declaration; the generated members implement it, so one
/// benchmark method can run the layer of whichever size its shape needs.
/// </summary>
public interface IFixedSizeSoftmax
{
    /// <summary>Row-wise softmax; rows = x.Length / size.</summary>
    void Forward(ReadOnlySpan<float> x, Span<float> y);

    /// <summary>Softmax gradient dx = y ⊙ (dy − ⟨y, dy⟩) per row.</summary>
    void Backward(ReadOnlySpan<float> y, ReadOnlySpan<float> dy, Span<float> dx);
}
