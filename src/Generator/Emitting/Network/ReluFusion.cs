using LayerGen.Generator.Model;
using LayerGen.Validation;

namespace LayerGen.Generator.Emitting.Network;

/// <summary>
/// Where a network fuses a Relu into the Affine layer next to it, and so which batch buffers no pass touches: an Affine
/// layer followed by a Relu stores only the Relu's output (<c>Affine.ForwardRelu</c>), and an Affine layer above a Relu
/// writes its input gradient straight below the Relu (<c>Affine.BackwardThroughRelu</c>), so the Relu's own output
/// gradient is never written or read.
/// </summary>
internal static class ReluFusion
{
    /// <summary>True when the layer after this Affine layer is a Relu: the forward uses <c>Affine.ForwardRelu</c>.</summary>
    public static bool ForwardFusesNextRelu(NetworkLayout network, LayoutLayer layer) =>
        layer.IsAffine && layer.Number < network.Layers.Length && network.Layers[layer.Number].Kind == LayerKind.Relu;

    /// <summary>True for a Relu applied by the Affine layer before it (its forward emits nothing).</summary>
    public static bool IsForwardFusedRelu(NetworkLayout network, LayoutLayer layer) =>
        layer.Kind == LayerKind.Relu && layer.Number > 1 && ForwardFusesNextRelu(network, network.Layers[layer.Number - 2]);

    /// <summary>
    /// True when this Affine layer's input is the output of a Relu that itself has a layer below to propagate to:
    /// the backward uses <c>Affine.BackwardThroughRelu</c> and the Relu's own backward is skipped.
    /// </summary>
    public static bool BackwardThroughReluBelow(NetworkLayout network, LayoutLayer layer) =>
        layer.IsAffine && layer.Number > 2 && network.Layers[layer.Number - 2].Kind == LayerKind.Relu;

    /// <summary>True for a Relu whose backward the Affine layer above applies (its own backward emits nothing).</summary>
    public static bool IsBackwardFusedRelu(NetworkLayout network, LayoutLayer layer) =>
        layer.Kind == LayerKind.Relu && layer.Number > 1 && layer.Number < network.Layers.Length
        && BackwardThroughReluBelow(network, network.Layers[layer.Number]);

    /// <summary>False when no pass writes or reads the layer's output buffer (an Affine output the Relu fusion skips).</summary>
    public static bool StoresOutput(NetworkLayout network, LayoutLayer layer) => !ForwardFusesNextRelu(network, layer);

    /// <summary>False when no pass writes or reads the layer's output-gradient buffer (a Relu the backward fusion skips).</summary>
    public static bool StoresGradient(NetworkLayout network, LayoutLayer layer) => !IsBackwardFusedRelu(network, layer);
}
