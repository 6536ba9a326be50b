// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace LayerGen.Validation;

/// <summary>
/// One problem: a rule ID from <c>RuleIdentifiers</c> (<see langword="null"/> = a compiler error is already reported),
/// where, and the message arguments of that rule's descriptor.
/// </summary>
internal sealed class LayerProblem(string? ruleId, Location location, params object[] arguments)
{
    public string? RuleId { get; } = ruleId;

    public Location Location { get; } = location;

    public object[] Arguments { get; } = arguments;
}

/// <summary>Result of <see cref="LayerValidator.Validate"/>: resolved layers and options, and every problem found.</summary>
internal sealed class LayerValidation(
    ImmutableArray<ResolvedLayer> layers, LayerOptionValues options, List<LayerProblem> problems, DifferentiableLayerInfo? differentiable = null)
{
    /// <summary>Layers with resolved sizes (empty when the attributes are broken or absent).</summary>
    public ImmutableArray<ResolvedLayer> Layers { get; } = layers;

    /// <summary>The class's options (defaults for values that are missing or out of range).</summary>
    public LayerOptionValues Options { get; } = options;

    public List<LayerProblem> Problems { get; } = problems;

    /// <summary>For a class with <c>[DifferentiableLayer]</c>: the custom layer when its declaration is usable.</summary>
    public DifferentiableLayerInfo? Differentiable { get; } = differentiable;

    /// <summary>True when the class is a layer class the generator emits.</summary>
    public bool IsValid => Problems.Count == 0 && (Layers.Length > 0 || Differentiable is not null);
}

/// <summary>A layer with its sizes resolved (activations take the previous layer's size; 0 = any size, standalone).</summary>
/// <param name="Kind">Which layer.</param>
/// <param name="Inputs">Entries per input row.</param>
/// <param name="Outputs">Entries per output row.</param>
/// <param name="Custom">For <c>[Layer&lt;T&gt;]</c>: the custom layer; otherwise <see langword="null"/>.</param>
internal readonly record struct ResolvedLayer(LayerKind Kind, int Inputs, int Outputs, CustomLayerReference? Custom = null);
