// Compiled into both LayerGen.Generator and LayerGen.Analyzers.
using System.Collections.Immutable;
using LayerGen.Differentiation.Ir;
using Microsoft.CodeAnalysis;

namespace LayerGen.Differentiation.Lowering;

/// <summary>
/// A construct of ForwardRow outside the differentiable subset: rule ID (LG1110–LG1129), where, and the message arguments
/// of that rule's descriptor (what was written, what is supported).
/// </summary>
internal sealed class DifferentiationProblem(string ruleId, Location location, params object[] arguments)
{
    public string RuleId { get; } = ruleId;

    public Location Location { get; } = location;

    public object[] Arguments { get; } = arguments;

    public override string ToString() => RuleId + ": " + string.Join(" / ", Arguments);
}

/// <summary>
/// The result of lowering a ForwardRow: the model when the whole body is differentiable (and compiles), and every problem
/// found. <see cref="Model"/> is <see langword="null"/> when there are problems, when the body does not compile, or when
/// the signature is not a ForwardRow signature (reported by the layer-declaration checks, not here).
/// </summary>
internal sealed class LoweringResult(ForwardRowModel? model, ImmutableArray<DifferentiationProblem> problems)
{
    public ForwardRowModel? Model { get; } = model;

    public ImmutableArray<DifferentiationProblem> Problems { get; } = problems;
}

/// <summary>The row sizes the layer attributes give: inputs, outputs and each learnable parameter's length, in order.</summary>
internal readonly record struct RowSizes(int Inputs, int Outputs, ImmutableArray<int> ParameterLengths);
