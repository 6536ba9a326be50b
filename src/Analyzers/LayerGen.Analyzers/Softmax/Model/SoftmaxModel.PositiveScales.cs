using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Positive scales for the sign analysis (<see cref="SignOf(IOperation?)"/>): a factor of a product that reads no data
/// is taken as positive, as docs/rules/LG0003.md decides for scaled shifts. The scales of softmax code are a
/// temperature, <c>1/√d</c>, t-SNE's <c>beta</c>, a half-life with its <c>ln 2</c>; written as a parameter, a field, a
/// local or inline data-free math: <c>Math.Log(2.0) / halfLife</c>, <c>Math.Pow(h, 1.5)</c>, <c>1.0 / (tau + 1e-6)</c>,
/// <c>Math.Sqrt(d)</c>. A parameter of a lambda or local function is bound per call, typically to an element
/// (<c>Select(v =&gt; Math.Exp(-v * k))</c>), so it is data, never a scale.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Locals assumed to be scales while their writes are checked (<see cref="IsScaleLocal"/>).</summary>
    private readonly HashSet<ISymbol> _assumedScales = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// A factor taken as a positive scale: a positive constant, a numeric parameter of the method, a field or property
    /// of this object or a static one, a data-free local (<see cref="IsScaleLocal"/>), a sum, product or quotient of
    /// positive values, or a data-free math call that is positive (<see cref="IsPositiveMathCall"/>).
    /// </summary>
    private bool IsScale(IOperation factor, int depth)
    {
        factor = Unwrap(factor)!;
        if (!WellKnownSymbols.IsNumeric(factor.Type) || depth > MaxSignDepth || ++_signSteps > SignBudget)
        {
            return false;
        }

        if (factor.ConstantValue is { HasValue: true, Value: { } constant })
        {
            return AsDouble(constant) is > 0;
        }

        switch (factor)
        {
            case IParameterReferenceOperation { Parameter: var parameter }:
                return !IsBoundPerCall(parameter);

            // A member of this object or a static one (a hyperparameter), not a member of an element (a record's data).
            case IMemberReferenceOperation { Instance: null or IInstanceReferenceOperation } member
                when member is IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false }:
                return true;
            case ILocalReferenceOperation { Local: var local }:
                return IsScaleLocal(local, depth);
            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide or BinaryOperatorKind.Add } combined:
                return IsPositive(combined.LeftOperand, depth + 1) && IsPositive(combined.RightOperand, depth + 1);
            case IInvocationOperation call:
                return IsPositiveMathCall(call, depth);
            default:
                return false;
        }
    }

    /// <summary>Provably ≥ 0 or a positive scale.</summary>
    private bool IsPositive(IOperation operation, int depth) =>
        SignOf(operation, depth) == Sign.NonNegative || IsScale(operation, depth);

    /// <summary>
    /// A math call positive for data-free arguments: <c>Sqrt</c> of a positive value, <c>Pow</c> of a positive base to
    /// a data-free power, <c>Exp</c>, <c>Abs</c> or <c>Cosh</c> of a data-free value, <c>Max</c> with one positive argument
    /// and the other data-free, <c>Min</c> of two positive values. (<c>Log</c> of a constant has a sign of its own:
    /// <see cref="CallSign"/>.)
    /// </summary>
    private bool IsPositiveMathCall(IInvocationOperation call, int depth)
    {
        var method = call.TargetMethod;
        var arguments = call.Arguments;
        if (arguments.Length == 1 && Symbols.IsScalarFunction(method, "Sqrt"))
        {
            return IsPositive(arguments[0].Value, depth + 1);
        }

        if (arguments.Length == 1 && (Symbols.IsExp(method) || Symbols.IsScalarFunction(method, "Abs") || Symbols.IsScalarFunction(method, "Cosh")))
        {
            return ReadsNoData(arguments[0].Value, depth + 1);
        }

        if (arguments.Length == 2 && Symbols.IsPow(method))
        {
            return IsPositive(arguments[0].Value, depth + 1) && ReadsNoData(arguments[1].Value, depth + 1);
        }

        if (arguments.Length == 2 && Symbols.IsScalarMax(method))
        {
            return IsPositive(arguments[0].Value, depth + 1) && ReadsNoData(arguments[1].Value, depth + 1)
                || IsPositive(arguments[1].Value, depth + 1) && ReadsNoData(arguments[0].Value, depth + 1);
        }

        return arguments.Length == 2 && Symbols.IsScalarMin(method)
            && IsPositive(arguments[0].Value, depth + 1) && IsPositive(arguments[1].Value, depth + 1);
    }

    /// <summary>
    /// A local none of whose writes reads data (<see cref="ReadsNoData"/>). Locals that read each other form a cycle
    /// (a bisection's <c>beta</c> and its bracket: <c>min_beta = beta</c>, <c>beta = (beta + min_beta) / 2</c>): each
    /// is assumed to be a scale while its writes are checked, so the cycle is data-free when nothing in it reads data
    /// (induction over the writes, as <see cref="Inductive"/> does for signs).
    /// </summary>
    private bool IsScaleLocal(ILocalSymbol local, int depth)
    {
        if (_assumedScales.Contains(local))
        {
            return true;
        }

        var writes = WritesOf(local);
        if (ForEachOf(local) is not null || writes.Count == 0)
        {
            return false;
        }

        _assumedScales.Add(local);
        try
        {
            return writes.All(write => write.Value is { } value && ReadsNoData(value, depth + 1));
        }
        finally
        {
            _assumedScales.Remove(local);
        }
    }

    /// <summary>
    /// True when no part of <paramref name="value"/> reads data: no element access, no parameter of a lambda or local
    /// function, every local a numeric data-free one (<see cref="IsScaleLocal"/>). Constants, the method's parameters, members
    /// and calls of such values (<c>Math.Log(2)</c>, <c>Math.Pow(h, 1.5)</c>) read none.
    /// </summary>
    private bool ReadsNoData(IOperation value, int depth) => ReadsNoDataBesides(value, depth, calledFunction: null);

    /// <summary>
    /// <see cref="ReadsNoData(IOperation, int)"/> for a value returned by <paramref name="calledFunction"/>, whose own
    /// parameters stand for the call's arguments (checked at the call). A call of a local function or lambda reads what
    /// it returns (<see cref="LocalHelperReadsNoData"/>).
    /// </summary>
    private bool ReadsNoDataBesides(IOperation value, int depth, IMethodSymbol? calledFunction) =>
        depth <= MaxSignDepth && value.DescendantsAndSelf().All(part => part switch
        {
            IParameterReferenceOperation { Parameter: var parameter } =>
                !IsBoundPerCall(parameter) || SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, calledFunction),
            ILocalReferenceOperation { Local: var local } => WellKnownSymbols.IsNumeric(local.Type) && IsScaleLocal(local, depth + 1),
            IInvocationOperation call when IsLocalHelper(CalleeOf(call)) => LocalHelperReadsNoData(call, depth + 1),
            _ => !IsElementAccess(part),
        });

    /// <summary>A parameter of a lambda or local function: bound at each call, typically to an element or an index.</summary>
    private static bool IsBoundPerCall(IParameterSymbol parameter) =>
        parameter.ContainingSymbol is IMethodSymbol { MethodKind: MethodKind.AnonymousFunction or MethodKind.LocalFunction };
}
