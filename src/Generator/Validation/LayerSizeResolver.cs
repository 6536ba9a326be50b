// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Threading;
using LayerGen.Analyzers;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>
/// Resolves every layer's input and output size in source order, reporting LG1002 (a size that is not usable),
/// LG1003 (a size that differs from the previous layer's output) and LG1004 (the loss layer not last, or repeated).
/// </summary>
/// <remarks>
/// One root cause, one diagnostic: after a size that is not usable, the sizes that would follow from it are unknown,
/// and the checks that compare against them stay silent until a layer states its own size again.
/// </remarks>
internal static class LayerSizeResolver
{
    /// <summary>Largest number of parameters (or entries per row) a generated class may hold.</summary>
    public const int MaxElements = 1 << 28;

    /// <summary>Largest row size for <c>SoftmaxKernel.Unrolled</c>.</summary>
    public const int MaxUnrolledSize = 16;

    public static ImmutableArray<ResolvedLayer> Resolve(LayerDeclaration declaration, LayerOptionValues options, List<LayerProblem> problems, CancellationToken cancellationToken)
    {
        KernelKind kernel = options.Kernel;
        ImmutableArray<LayerAttribute> attributes = declaration.Layers;
        var layers = ImmutableArray.CreateBuilder<ResolvedLayer>(attributes.Length);
        bool standalone = attributes.Length == 1;
        var previous = Size.None;
        int losses = 0;
        long parameters = 0;
        bool allSizesUsable = true;
        for (int index = 0; index < attributes.Length; index++)
        {
            LayerAttribute layer = attributes[index];
            var context = new Context(declaration.TypeName, layer, problems);
            Size output;
            int inputs;
            switch (layer.Kind)
            {
                case LayerKind.Affine:
                    Size affineInputs = context.Stated("Inputs", layer.Arguments[0]);
                    output = context.Stated("Outputs", layer.Arguments[1]);
                    context.Chain(previous, affineInputs);
                    if (affineInputs.IsKnown && output.IsKnown)
                    {
                        parameters += ((long)affineInputs.Value * output.Value) + output.Value;
                    }

                    inputs = affineInputs.Value;
                    break;

                case LayerKind.Softmax:
                case LayerKind.SoftmaxWithLoss:
                    string what = layer.Kind == LayerKind.Softmax ? "Size" : "Classes";
                    if (layer.Arguments.Length == 1)
                    {
                        output = context.Stated(what, layer.Arguments[0]);
                        context.Chain(previous, output);
                    }
                    else
                    {
                        output = previous.Kind == SizeKind.None
                            ? context.NotStated(what, standalone ? "stated for a standalone layer" : "stated for the first layer of a network")
                            : previous;
                    }

                    if (kernel == KernelKind.Unrolled && output.IsKnown && output.Value > MaxUnrolledSize)
                    {
                        context.Invalid(what, output.Value, "at most " + Format(MaxUnrolledSize) + " for SoftmaxKernel.Unrolled");
                    }

                    CheckLoss(context, attributes, index, ref losses);
                    inputs = output.Value;
                    break;

                case LayerKind.Custom:
                    CustomLayerReference? custom = CustomLayerTargets.Resolve(layer.Target!, options.Precision, cancellationToken, out string? targetProblem);
                    if (custom is null)
                    {
                        problems.Add(targetProblem is null
                            ? new LayerProblem(null, layer.Location)
                            : new LayerProblem(RuleIdentifiers.InvalidCustomLayerTarget, layer.Location, layer.Text, declaration.TypeName, targetProblem));
                        output = Size.Unknown;
                        inputs = 0;
                        break;
                    }

                    context.Chain(previous, Size.Known(custom.Inputs));
                    parameters += custom.ParameterCount;
                    output = Size.Known(custom.Outputs);
                    inputs = custom.Inputs;
                    layers.Add(new ResolvedLayer(layer.Kind, inputs, output.Value, custom));
                    previous = output;
                    continue;

                default:
                    // Element-wise activation: its size is the previous layer's output (any size when standalone).
                    output = previous.Kind == SizeKind.None && !standalone
                        ? context.NotStated("Size", "implied by a previous layer: start the network with an Affine or a sized Softmax")
                        : previous;
                    inputs = output.Value;
                    break;
            }

            allSizesUsable &= output.Kind != SizeKind.Unknown;
            layers.Add(new ResolvedLayer(layer.Kind, inputs, output.Value));
            previous = output;
        }

        if (allSizesUsable && parameters > MaxElements)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidLayerSize, declaration.TypeLocation, "Parameter count", "all Affine and custom layers",
                declaration.TypeName, parameters.ToString(CultureInfo.InvariantCulture), "at most " + Format(MaxElements)));
        }

        return layers.MoveToImmutable();
    }

    private static void CheckLoss(Context context, ImmutableArray<LayerAttribute> attributes, int index, ref int losses)
    {
        if (attributes[index].Kind != LayerKind.SoftmaxWithLoss)
        {
            return;
        }

        losses++;
        if (losses > 1)
        {
            context.Problem(RuleIdentifiers.LossLayerNotLast, "repeats the loss layer");
            return;
        }

        bool laterLoss = false;
        for (int later = index + 1; later < attributes.Length; later++)
        {
            laterLoss |= attributes[later].Kind == LayerKind.SoftmaxWithLoss;
        }

        if (index != attributes.Length - 1 && !laterLoss)
        {
            context.Problem(RuleIdentifiers.LossLayerNotLast, "is layer " + Format(index + 1) + " of " + Format(attributes.Length));
        }
    }

    private static string Format(int value) => value.ToString(CultureInfo.InvariantCulture);

    private enum SizeKind
    {
        /// <summary>No previous layer: this is the first.</summary>
        None,

        /// <summary>A usable size.</summary>
        Known,

        /// <summary>Follows from a size already reported as not usable: checks against it stay silent.</summary>
        Unknown,
    }

    /// <summary>A layer size as far as it is known.</summary>
    private readonly struct Size(SizeKind kind, int value)
    {
        public static Size None => new(SizeKind.None, 0);

        public static Size Unknown => new(SizeKind.Unknown, 0);

        public SizeKind Kind { get; } = kind;

        /// <summary>The size when <see cref="IsKnown"/>, else 0.</summary>
        public int Value { get; } = value;

        public bool IsKnown => Kind == SizeKind.Known;

        public static Size Known(int value) => new(SizeKind.Known, value);
    }

    /// <summary>Reports problems of one layer attribute with the message arguments its rules share.</summary>
    private readonly struct Context(string typeName, LayerAttribute layer, List<LayerProblem> problems)
    {
        /// <summary>A size written in the attribute: known when in [1, <see cref="MaxElements"/>], else reported.</summary>
        public Size Stated(string what, int value)
        {
            if (value <= 0)
            {
                Invalid(what, value, "positive");
                return Size.Unknown;
            }

            if (value > MaxElements)
            {
                Invalid(what, value, "at most " + Format(MaxElements));
                return Size.Unknown;
            }

            return Size.Known(value);
        }

        /// <summary>Reports a size that is neither written nor implied.</summary>
        public Size NotStated(string what, string requirement)
        {
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidLayerSize, layer.Location, what, layer.Text, typeName, "not stated", requirement));
            return Size.Unknown;
        }

        /// <summary>LG1003 when a stated input size differs from the previous layer's known output.</summary>
        public void Chain(Size previous, Size input)
        {
            if (previous.IsKnown && input.IsKnown && previous.Value != input.Value)
            {
                problems.Add(new LayerProblem(RuleIdentifiers.LayerSizeMismatch, layer.Location, layer.Text, typeName, Format(input.Value), Format(previous.Value)));
            }
        }

        public void Invalid(string what, int value, string requirement) =>
            problems.Add(new LayerProblem(RuleIdentifiers.InvalidLayerSize, layer.Location, what, layer.Text, typeName, Format(value), requirement));

        public void Problem(string ruleId, string detail) =>
            problems.Add(new LayerProblem(ruleId, layer.Location, layer.Text, typeName, detail));
    }
}
