using System.Numerics;

namespace LayerGen;

/// <summary>
/// A generated network seen from outside: its layers in order and its parameters. Every class with several layer
/// attributes (or one <c>[Affine]</c>) implements it, so exporters and tools can read any network without knowing its
/// type; <c>LayerGen.Onnx</c>'s <c>ExportOnnx</c> is one.
/// </summary>
/// <typeparam name="T">The element type: <see cref="float"/>, or <see cref="double"/> with <c>[LayerOptions(Precision = Precision.Double)]</c>.</typeparam>
public interface ISequentialNetwork<T>
    where T : unmanaged, IBinaryFloatingPointIeee754<T>
{
    /// <summary>
    /// The layers in the order they run, first to last. The last may be <see cref="NetworkLayerKind.SoftmaxWithLoss"/>,
    /// which <see cref="Forward"/> does not apply. A new list on each call.
    /// </summary>
    IReadOnlyList<NetworkLayer> Layers { get; }

    /// <summary>All parameters; <see cref="NetworkLayer.WeightsOffset"/> and <see cref="NetworkLayer.BiasOffset"/> index into it.</summary>
    ReadOnlySpan<T> Parameters { get; }

    /// <summary>Runs the network on a row-major batch and returns its output (the logits when the last layer is the loss).</summary>
    /// <param name="input">Rows of the first layer's <see cref="NetworkLayer.Inputs"/> values.</param>
    /// <returns>A view of a buffer owned by the network, valid until its next call.</returns>
    /// <exception cref="ArgumentException">The length of <paramref name="input"/> is not a multiple of the input width.</exception>
    ReadOnlySpan<T> Forward(ReadOnlySpan<T> input);
}
