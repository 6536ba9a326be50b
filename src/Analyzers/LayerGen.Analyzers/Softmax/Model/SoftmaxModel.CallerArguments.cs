using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The one substitution of a helper's parameters by a caller's arguments, used wherever a helper's body is read for one
/// call: an arithmetic helper's returns (ArithmeticHelpers.cs, StatementHelpers.cs) and an exp helper's exponent
/// (ExpHelperArguments.cs). While the body is evaluated, each parameter stands for its argument twice over: its facts
/// (<see cref="BoundArgumentValue"/>) and the caller's operation (<see cref="CallerOperand"/>), so what the helper
/// subtracts is a shift named in the caller's terms (<c>Shifted(v, m) =&gt; Exp(v - m)</c> called with a batch peak is
/// shifted by that peak, as <c>Exp(x[r, c] - peak)</c> written inline is). Bindings nest: a helper called from a
/// helper's body binds its parameters to the outer caller's operations, and each call restores what it replaced.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The values of a helper's parameters and own locals while its body is evaluated for one call.</summary>
    private readonly Dictionary<ISymbol, ValueFacts> _boundArguments = new(SymbolEqualityComparer.Default);

    /// <summary>The caller's operation for each bound parameter, where the call has one (a LINQ selector's element has none).</summary>
    private readonly Dictionary<IParameterSymbol, IOperation> _boundOperations = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The facts and caller operations of <paramref name="call"/>'s arguments, by the ordinal of <paramref name="callee"/>'s
    /// parameter each is passed for (a delegate's Invoke has its own parameters: the lambda's are matched by position);
    /// null when an argument has no parameter of <paramref name="callee"/>.
    /// </summary>
    private (ValueFacts?[] Facts, IOperation?[] Operations)? CallArguments(IOperation call, IMethodSymbol callee)
    {
        var facts = new ValueFacts?[callee.Parameters.Length];
        var operations = new IOperation?[callee.Parameters.Length];
        var arguments = ArgumentsOf(call) ?? System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty;
        for (var index = 0; index < arguments.Length; index++)
        {
            var argument = arguments[index];
            if (ArgumentOrdinal(call, argument, index) is not { } ordinal || ordinal >= facts.Length)
            {
                return null;
            }

            facts[ordinal] = Eval(argument.Value);
            operations[ordinal] = CallerOperand(argument.Value);
        }

        return (facts, operations);
    }

    /// <summary>
    /// Binds <paramref name="helper"/>'s parameters to <paramref name="facts"/> (a missing one to no facts) and, where
    /// given, to the caller's <paramref name="operations"/>; returns what they replaced, for <see cref="RestoreBindings"/>.
    /// </summary>
    private List<(ISymbol Symbol, ValueFacts? Facts, IOperation? Operation)> BindParameters(
        IMethodSymbol helper, IReadOnlyList<ValueFacts?> facts, IReadOnlyList<IOperation?>? operations)
    {
        var previous = new List<(ISymbol, ValueFacts?, IOperation?)>();
        for (var i = 0; i < helper.Parameters.Length && i < facts.Count; i++)
        {
            var parameter = helper.Parameters[i];
            previous.Add((parameter, _boundArguments.TryGetValue(parameter, out var outer) ? outer : null, _boundOperations.TryGetValue(parameter, out var outerOperation) ? outerOperation : null));
            _boundArguments[parameter] = facts[i] ?? ValueFacts.Empty;
            if (operations is not null && i < operations.Count && operations[i] is { } operation)
            {
                _boundOperations[parameter] = operation;
            }
            else
            {
                _boundOperations.Remove(parameter);
            }
        }

        return previous;
    }

    /// <summary>Binds a helper's own local to its initialiser's value for this call, recording what it replaced.</summary>
    private void BindLocal(ILocalSymbol local, ValueFacts facts, List<(ISymbol Symbol, ValueFacts? Facts, IOperation? Operation)> previous)
    {
        previous.Add((local, _boundArguments.TryGetValue(local, out var outer) ? outer : null, null));
        _boundArguments[local] = facts;
    }

    /// <summary>Puts back the bindings <see cref="BindParameters"/> and <see cref="BindLocal"/> replaced, latest first.</summary>
    private void RestoreBindings(List<(ISymbol Symbol, ValueFacts? Facts, IOperation? Operation)> previous)
    {
        for (var index = previous.Count - 1; index >= 0; index--)
        {
            var (symbol, facts, operation) = previous[index];
            if (facts is null)
            {
                _boundArguments.Remove(symbol);
            }
            else
            {
                _boundArguments[symbol] = facts;
            }

            if (symbol is IParameterSymbol parameter)
            {
                if (operation is null)
                {
                    _boundOperations.Remove(parameter);
                }
                else
                {
                    _boundOperations[parameter] = operation;
                }
            }
        }
    }

    /// <summary>
    /// What <paramref name="operand"/> stands for at the call being evaluated, unwrapped: for a read of a bound
    /// parameter, the caller's argument (so a helper's <c>v - m</c> is shifted by the caller's <c>m</c>, which the rules
    /// can name), and for a number a local function's one call passes, that argument; else the operand itself.
    /// </summary>
    private IOperation CallerOperand(IOperation operand)
    {
        var value = Unwrap(operand)!;
        if (value is not IParameterReferenceOperation { Parameter: var parameter })
        {
            return value;
        }

        if (_boundOperations.Count > 0 && _boundOperations.TryGetValue(parameter, out var argument))
        {
            return argument;
        }

        // A number passed by the one call of a local function (LocalFunctionArguments.cs): the caller's value, followed
        // through local functions calling each other a few hops at most (two calling each other would never end).
        for (var hop = 0; hop < 4 && value is IParameterReferenceOperation { Parameter: var passedFor } && WellKnownSymbols.IsNumeric(passedFor.Type)
            && LocalFunctionArgument(passedFor) is { } passed; hop++)
        {
            value = Unwrap(passed)!;
        }

        return value;
    }

    /// <summary>The value of a read of a bound parameter or helper local, or of a member of one (<c>r.Minutes</c>): the argument's; else null.</summary>
    private ValueFacts? BoundArgumentValue(IOperation operation)
    {
        if (_boundArguments.Count == 0 && _boundReceiver is null)
        {
            return null;
        }

        var current = operation;
        while (MemberOwner(current) is { } owner)
        {
            current = owner;
        }

        if (current is IInstanceReferenceOperation && current != operation && _boundReceiver is { } receiver)
        {
            // Data in a member exp helper evaluated for a call: the receiver's (MemberExpHelpers.cs).
            return receiver;
        }

        ISymbol? symbol = current switch
        {
            IParameterReferenceOperation { Parameter: var parameter } => parameter,
            ILocalReferenceOperation { Local: var local } => local,
            _ => null,
        };
        return symbol is not null && _boundArguments.TryGetValue(symbol, out var bound) ? bound : null;
    }
}
