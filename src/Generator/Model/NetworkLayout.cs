using LayerGen.Validation;

namespace LayerGen.Generator.Model;

/// <summary>
/// A network's layers as the generated code runs them, and where each Affine layer's parameters lie: all parameters
/// are one array, each Affine layer's weights (row-major, inputs × outputs) followed by its bias.
/// </summary>
/// <param name="Layers">Every layer except a final SoftmaxWithLoss, numbered from 1.</param>
/// <param name="Inputs">Features per input row.</param>
/// <param name="Outputs">Outputs (logits) per row: the last layer's output.</param>
/// <param name="ParameterCount">Weights and biases of all Affine layers and the learnable parameters of custom layers.</param>
/// <param name="LossClasses">Classes of the final SoftmaxWithLoss, or 0 for a network without a loss layer.</param>
internal sealed record NetworkLayout(EquatableArray<LayoutLayer> Layers, int Inputs, int Outputs, int ParameterCount, int LossClasses)
{
    /// <summary>True when the network ends in SoftmaxWithLoss: it trains (Loss, Backward, Step).</summary>
    public bool HasLoss => LossClasses > 0;

    /// <summary>The last layer before the loss: its output buffer holds the logits.</summary>
    public LayoutLayer Last => Layers[Layers.Length - 1];

    /// <summary>True when a layer is a custom layer (<c>[Layer&lt;T&gt;]</c>).</summary>
    public bool HasCustomLayers
    {
        get
        {
            foreach (LayoutLayer layer in Layers)
            {
                if (layer.IsCustom)
                {
                    return true;
                }
            }

            return false;
        }
    }
}

/// <summary>One layer of a network.</summary>
/// <param name="Number">1-based position among the network's layers.</param>
/// <param name="Kind">Which layer.</param>
/// <param name="Inputs">Entries per input row.</param>
/// <param name="Outputs">Entries per output row.</param>
/// <param name="AffineIndex">1-based count among the Affine layers (names <c>Affine1Weights</c>, …); 0 for other layers.</param>
/// <param name="WeightsStart">Offset of the weights in the parameter array (Affine), or of a custom layer's learnable parameters.</param>
/// <param name="BiasStart">Offset of the bias in the parameter array (Affine only).</param>
/// <param name="Custom">For <c>[Layer&lt;T&gt;]</c>: the custom layer; otherwise <see langword="null"/>.</param>
/// <param name="CustomIndex">1-based count among the custom layers (names <c>Custom1Parameters</c>, …); 0 for other layers.</param>
/// <param name="OutputReadByBackward">
/// The backward pass reads this layer's output: as the input of a following Affine layer, or as the output of an
/// activation or softmax whose gradient it computes.
/// </param>
internal readonly record struct LayoutLayer(
    int Number,
    LayerKind Kind,
    int Inputs,
    int Outputs,
    int AffineIndex,
    int WeightsStart,
    int BiasStart,
    bool OutputReadByBackward,
    CustomLayerReference? Custom = null,
    int CustomIndex = 0)
{
    public bool IsAffine => Kind == LayerKind.Affine;

    public bool IsCustom => Kind == LayerKind.Custom;

    /// <summary>A custom layer with learnable parameters: they start at <see cref="WeightsStart"/> in the network's parameters.</summary>
    public bool HasCustomParameters => Custom is { ParameterCount: > 0 };

    /// <summary>Backward writes the gradient of this layer's input: false for the first layer (nothing below it).</summary>
    public bool PropagatesGradient => Number > 1;
}
