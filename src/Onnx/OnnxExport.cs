using System.Numerics;
using Google.Protobuf;
using LayerGen.Onnx;

namespace LayerGen;

/// <summary>
/// Exports a generated network to an ONNX model that ONNX Runtime and other ONNX tools run.
/// </summary>
/// <remarks>
/// <para>The model has one input, <c>input</c> of shape <c>[N, Inputs]</c> (N is a free batch size), and the outputs:</para>
/// <list type="bullet">
/// <item><c>logits</c>, <c>[N, Outputs]</c>: what <c>Forward</c> returns; when the last layer is a plain
/// <c>[Softmax]</c>, the values that softmax reads (its output is <c>probabilities</c>).</item>
/// <item><c>probabilities</c>, <c>[N, Outputs]</c>: only when the last layer is <c>[SoftmaxWithLoss]</c> (the softmax of
/// the logits) or <c>[Softmax]</c> (what <c>Forward</c> returns).</item>
/// </list>
/// <para>Affine layers become <c>Gemm</c> nodes with the weights <c>[Inputs, Outputs]</c> and bias as initializers;
/// Relu, Sigmoid, Tanh and Softmax (over axis 1) become the ONNX operators of the same names. The element type is the
/// network's: <c>float</c> (ONNX FLOAT) or <c>double</c> (ONNX DOUBLE). Operator set <see cref="OpsetVersion"/> of the
/// default domain, IR version <see cref="IrVersion"/>: ONNX 1.8 and later, ONNX Runtime 1.6 and later.</para>
/// </remarks>
public static class OnnxExport
{
    /// <summary>Version of the default ONNX operator set (<c>ai.onnx</c>) the model imports: 13.</summary>
    public const int OpsetVersion = 13;

    /// <summary>ONNX IR version written into the model: 7 (the IR of ONNX 1.8, which introduced opset 13).</summary>
    public const int IrVersion = 7;

    /// <summary>Name of the model's input, <c>[N, Inputs]</c>.</summary>
    public const string InputName = "input";

    /// <summary>Name of the output that holds the logits (or the network's output), <c>[N, Outputs]</c>.</summary>
    public const string LogitsName = "logits";

    /// <summary>Name of the output that holds the class probabilities, present when the last layer is softmax-based.</summary>
    public const string ProbabilitiesName = "probabilities";

    /// <summary>Writes <paramref name="network"/> as an ONNX model to <paramref name="destination"/>.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="network">A generated network (every network class implements <see cref="ISequentialNetwork{T}"/>).</param>
    /// <param name="destination">A writable stream; the model is written at its current position and the stream is left open.</param>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// <paramref name="destination"/> is not writable, or the network's layer list is not a valid sequence (empty,
    /// mismatched sizes, a loss layer before the end, parameters out of range). Nothing is written then.
    /// </exception>
    /// <exception cref="NotSupportedException">
    /// <typeparamref name="T"/> is neither float nor double, or the network has a custom layer (<c>[Layer&lt;T&gt;]</c>), whose
    /// C# <c>ForwardRow</c> has no ONNX equivalent; the message names the layer. Nothing is written then.
    /// </exception>
    public static void ExportOnnx<T>(this ISequentialNetwork<T> network, Stream destination)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The destination stream is not writable.", nameof(destination));
        }

        OnnxModelBuilder.Build(network).WriteTo(destination);
    }

    /// <summary>Writes <paramref name="network"/> as an ONNX model to the file <paramref name="path"/>, replacing it if it exists.</summary>
    /// <typeparam name="T"><see cref="float"/> or <see cref="double"/>.</typeparam>
    /// <param name="network">A generated network.</param>
    /// <param name="path">The file to write, conventionally with the extension <c>.onnx</c>; its folder must exist.</param>
    /// <exception cref="ArgumentNullException"><paramref name="network"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty, or the network's layer list is not valid (the file is not created then).</exception>
    /// <exception cref="NotSupportedException">
    /// <typeparamref name="T"/> is neither float nor double, or the network has a custom layer (<c>[Layer&lt;T&gt;]</c>), whose
    /// C# <c>ForwardRow</c> has no ONNX equivalent; the message names the layer. Nothing is written then.
    /// </exception>
    /// <exception cref="IOException">The file cannot be written.</exception>
    public static void ExportOnnx<T>(this ISequentialNetwork<T> network, string path)
        where T : unmanaged, IBinaryFloatingPointIeee754<T>
    {
        ArgumentNullException.ThrowIfNull(network);
        ArgumentException.ThrowIfNullOrEmpty(path);
        var model = OnnxModelBuilder.Build(network);
        using var file = File.Create(path);
        model.WriteTo(file);
    }
}
