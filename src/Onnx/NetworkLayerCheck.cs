namespace LayerGen.Onnx;

/// <summary>Checks that a layer list describes a sequential network that can be exported, before anything is built or written.</summary>
internal static class NetworkLayerCheck
{
    /// <summary>
    /// Throws an <see cref="ArgumentException"/> naming the layer and sizes at the first problem, or a
    /// <see cref="NotSupportedException"/> naming a custom layer (its C# <c>ForwardRow</c> cannot be exported).
    /// </summary>
    public static void Validate(IReadOnlyList<NetworkLayer> layers, int parameterCount)
    {
        const string name = "network";
        if (layers is null || layers.Count == 0)
        {
            throw new ArgumentException("The network describes no layers.", name);
        }

        for (int i = 0; i < layers.Count; i++)
        {
            NetworkLayer layer = layers[i];
            if (layer.Kind == NetworkLayerKind.Custom)
            {
                throw new NotSupportedException(
                    $"Layer {i + 1} ({layer}) is the custom layer '{layer.Name}': its ForwardRow is C# code that ONNX has no operator for. "
                    + "ONNX export supports networks of Affine, Relu, Sigmoid, Tanh, Softmax and SoftmaxWithLoss layers only.");
            }

            if (layer.Inputs <= 0 || layer.Outputs <= 0)
            {
                throw new ArgumentException($"Layer {i + 1} ({layer}) has a size that is not positive; describe layers with NetworkLayer.Affine or NetworkLayer.WithoutParameters.", name);
            }

            if (i > 0 && layer.Inputs != layers[i - 1].Outputs)
            {
                throw new ArgumentException($"Layer {i + 1} ({layer}) reads {layer.Inputs} values per row but layer {i} ({layers[i - 1]}) writes {layers[i - 1].Outputs}.", name);
            }

            if (layer.Kind == NetworkLayerKind.SoftmaxWithLoss && i != layers.Count - 1)
            {
                throw new ArgumentException($"Layer {i + 1} of {layers.Count} is SoftmaxWithLoss; the loss layer must be the last.", name);
            }

            if (layer.Kind == NetworkLayerKind.Affine)
            {
                CheckRange(i, layer, "weights", layer.WeightsOffset, (long)layer.Inputs * layer.Outputs, parameterCount);
                CheckRange(i, layer, "bias", layer.BiasOffset, layer.Outputs, parameterCount);
            }
        }
    }

    private static void CheckRange(int index, NetworkLayer layer, string what, int offset, long count, int parameterCount)
    {
        if (offset < 0 || offset + count > parameterCount)
        {
            throw new ArgumentException(
                $"The {what} of layer {index + 1} ({layer}) span [{offset}, {offset + count}) but the network has {parameterCount} parameters.", "network");
        }
    }
}
