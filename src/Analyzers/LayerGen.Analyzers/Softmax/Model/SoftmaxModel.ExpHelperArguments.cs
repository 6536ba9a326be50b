using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Exp helpers whose exponent is an arithmetic expression of their parameters, not one parameter itself
/// (<c>static float Tempered(float logit, float temperature) =&gt; MathF.Exp(logit / temperature)</c>,
/// <c>Exp((v - m) / t)</c>, <c>Exp(s * v + b)</c>; a method, local function or lambda bound to a delegate local, see
/// <see cref="SoftmaxModel.ArithmeticBody"/> for what the exponent may read). A call of one is an exp whose exponent is
/// the helper's, read with each argument in place of its parameter: <c>Tempered(row[c], t)</c> exponentiates raw
/// logits, <c>Tempered(row[c] - max, t)</c> and <c>E(row[c], max, t)</c> are shifted by <c>max</c> (the caller's
/// operation, so a batch max passed for the shift is judged like the inline <c>Exp((row[c] - batchMax) / t)</c>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per method, its returned exp's exponent when it is an arithmetic exp helper, else null.</summary>
    private readonly Dictionary<IMethodSymbol, IOperation?> _helperExponents = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The exponent of a call of an arithmetic exp helper, in the helper's own terms (its parameters); null for any
    /// other call, and for a call with defaulted or <c>params</c> arguments (every parameter must have its argument).
    /// </summary>
    private IOperation? HelperExponent(IOperation call)
    {
        // A call through a function pointer of one known target is that target's call (PointerCalls.cs).
        if (HelperCallee(call) is not { } callee || ArgumentsOf(call) is not { } arguments
            || arguments.Length != callee.Parameters.Length || HelperExponentOf(callee) is not { } exponent)
        {
            return null;
        }

        for (var index = 0; index < arguments.Length; index++)
        {
            var argument = arguments[index];
            if (argument.ArgumentKind != ArgumentKind.Explicit || ArgumentOrdinal(call, argument, index) is not { } ordinal || ordinal >= callee.Parameters.Length)
            {
                return null;
            }
        }

        return exponent;
    }

    /// <summary>The exponent <paramref name="method"/>'s body returns the exp of, when it is arithmetic of its parameters; else null.</summary>
    private IOperation? HelperExponentOf(IMethodSymbol method)
    {
        // One-parameter helpers keep their reading (IsExpHelper: an exp of the parameter itself; Exp(-x) is a decay, no softmax exp).
        if (method.Parameters.Length < 2 || !WellKnownSymbols.IsNumeric(method.ReturnType) && method.ReturnType.TypeKind != TypeKind.TypeParameter)
        {
            return null;
        }

        if (_helperExponents.TryGetValue(method, out var known))
        {
            return known;
        }

        // Set first: a helper reached again while it is being read is no exp helper (no recursion).
        _helperExponents[method] = null;
        if (method.DeclaringSyntaxReferences.Length != 1
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.AnonymousFunction)
            || Unwrap(ReturnedExpression(method)) is not IInvocationOperation exp
            || !(Symbols.IsExp(exp.TargetMethod) || Symbols.IsPow(exp.TargetMethod) && !NegatesExponent(exp))
            || ExpOperand(exp) is not { } exponent)
        {
            return null;
        }

        var readsParameter = false;
        var result = IsArithmeticOf(exponent, method, ref readsParameter) && readsParameter ? exponent : null;
        _helperExponents[method] = result;
        return result;
    }

    /// <summary>
    /// The facts of <paramref name="exponent"/>, the exponent of exp helper call <paramref name="call"/>, with each
    /// parameter read as the argument passed for it (its facts, and its operation where a shift is named: CallerArguments.cs).
    /// </summary>
    private ValueFacts EvalHelperExponent(IOperation call, IOperation exponent)
    {
        if (HelperCallee(call) is not { } callee || !_localValuesInProgress.TryEnter(callee, _cycles))
        {
            return ValueFacts.Opaque();
        }

        if (CallArguments(call, callee) is not { } arguments)
        {
            _localValuesInProgress.Exit(callee);
            return ValueFacts.Opaque();
        }

        var previous = BindParameters(callee, arguments.Facts, arguments.Operations);
        try
        {
            // var z = (v - m) / t; return Math.Exp(z);: z stands for its value at this call.
            BindExponentLocals(callee, exponent, previous);

            // The exponent's values hold for this call only: none is cached across calls.
            ForgetValues(exponent);
            var value = Eval(exponent);
            ForgetValues(exponent);
            return value;
        }
        finally
        {
            RestoreBindings(previous);
            _localValuesInProgress.Exit(callee);
        }
    }

    /// <summary>
    /// The one expression a helper returns (its expression body, or a block's one <c>return</c>, past locals written once:
    /// <see cref="ReturnedPastLocals"/>); null otherwise.
    /// </summary>
    private IOperation? ReturnedExpression(IMethodSymbol method) => ReturnedPastLocals(HelperBody(method));
}
