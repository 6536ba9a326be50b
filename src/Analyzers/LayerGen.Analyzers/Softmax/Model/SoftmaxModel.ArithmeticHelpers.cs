using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// A helper that computes a logit: a method, local function or lambda bound to a delegate local whose body is one
/// returned arithmetic expression of its parameters (their fields and properties), constants, scalars it captures or
/// reads from readonly fields, and calls of other such helpers (<c>double Utility(Route r) =&gt; -theta * (r.Minutes +
/// r.Toll / vot)</c>, <c>static double Combined(Scored h, double a, double b) =&gt; a * h.Acoustic + b * h.Lm</c>). Its
/// value at a call is its body's with the arguments' values in place of its parameters, so <c>exp(Utility(r) - best)</c>
/// is read like <c>exp(-theta * (r.Minutes + …) - best)</c>, in lambdas too (where calls are not inlined, see
/// <see cref="HelperInliner"/>); passed as a method group to a LINQ selector (<c>Max(Utility)</c>, <c>Select(Score)</c>)
/// it is applied to each element the same way (<see cref="LogitHelperSelector"/>).
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per helper, its returned expression when it is an arithmetic helper, else null.</summary>
    private readonly Dictionary<IMethodSymbol, IOperation?> _arithmeticBodies = new(SymbolEqualityComparer.Default);

    /// <summary>The values of a local arithmetic helper's parameters while its body is evaluated for one call.</summary>
    private readonly Dictionary<IParameterSymbol, ValueFacts> _boundArguments = new(SymbolEqualityComparer.Default);

    /// <summary>The facts of a call of an arithmetic helper (<see cref="ArithmeticBody"/>); null for any other call.</summary>
    private ValueFacts? ArithmeticHelperValue(IInvocationOperation call)
    {
        if (!WellKnownSymbols.IsNumeric(call.Type) || call.Arguments.Length == 0)
        {
            return null;
        }

        var callee = CalleeOf(call);
        if (ArithmeticBody(callee) is null)
        {
            return null;
        }

        // A delegate's Invoke has its own parameters: the lambda's are matched by position.
        var arguments = new ValueFacts[callee.Parameters.Length];
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter is not { Ordinal: var ordinal } || ordinal >= arguments.Length)
            {
                return null;
            }

            arguments[ordinal] = Eval(argument.Value);
        }

        return ApplyArithmeticHelper(callee, arguments);
    }

    /// <summary>
    /// The value of arithmetic helper <paramref name="helper"/> for arguments of the given facts: for a helper declared
    /// in this method, its body evaluated with each parameter bound to its argument; for a method (whose body is bound
    /// elsewhere and captures nothing), the arguments' facts merged. Null when the helper is already being evaluated.
    /// </summary>
    private ValueFacts? ApplyArithmeticHelper(IMethodSymbol helper, IReadOnlyList<ValueFacts?> arguments)
    {
        if (!IsLocalHelper(helper) || ArithmeticBody(helper) is not { } returned)
        {
            var merged = ValueFacts.Empty;
            foreach (var argument in arguments)
            {
                merged = merged.Merge(argument ?? ValueFacts.Empty);
            }

            return merged;
        }

        if (!_localValuesInProgress.TryEnter(helper, _cycles))
        {
            return null;
        }

        var previous = new List<(IParameterSymbol Parameter, ValueFacts? Facts)>();
        try
        {
            for (var i = 0; i < helper.Parameters.Length && i < arguments.Count; i++)
            {
                var parameter = helper.Parameters[i];
                previous.Add((parameter, _boundArguments.TryGetValue(parameter, out var outer) ? outer : null));
                _boundArguments[parameter] = arguments[i] ?? ValueFacts.Empty;
            }

            // The body's values hold for this call only: none is cached across calls.
            ForgetValues(returned);
            var value = Eval(returned);
            ForgetValues(returned);
            return value;
        }
        finally
        {
            foreach (var (parameter, facts) in previous)
            {
                if (facts is null)
                {
                    _boundArguments.Remove(parameter);
                }
                else
                {
                    _boundArguments[parameter] = facts;
                }
            }

            _localValuesInProgress.Exit(helper);
        }
    }

    private void ForgetValues(IOperation body)
    {
        foreach (var operation in body.DescendantsAndSelf())
        {
            _valueCache.Remove(operation);
        }
    }

    /// <summary>
    /// A selector passed as a method group or a delegate local (<c>Max(Utility)</c>, <c>Select(score)</c> with
    /// <c>Func&lt;double, double&gt; score = v =&gt; …</c>) that is a one-parameter arithmetic helper; null otherwise
    /// (a lambda written in place is read by its own body).
    /// </summary>
    private IMethodSymbol? LogitHelperSelector(IOperation argument)
    {
        var value = PastDelegateCreation(argument);
        if (OnceAssignedDelegate(value, argument) is { } assigned)
        {
            value = PastDelegateCreation(assigned);
        }
        else if (value is IAnonymousFunctionOperation)
        {
            return null;
        }

        var method = value switch
        {
            IMethodReferenceOperation reference => reference.Method.OriginalDefinition,
            IAnonymousFunctionOperation lambda => lambda.Symbol,
            _ => null,
        };
        return method is { Parameters.Length: 1 } && WellKnownSymbols.IsNumeric(method.ReturnType) && ArithmeticBody(method) is not null ? method : null;
    }

    /// <summary>The value of a read of a bound parameter, or of a member of one (<c>r.Minutes</c>): the argument's; else null.</summary>
    private ValueFacts? BoundArgumentValue(IOperation operation)
    {
        if (_boundArguments.Count == 0)
        {
            return null;
        }

        var current = operation;
        while (MemberOwner(current) is { } owner)
        {
            current = owner;
        }

        return current is IParameterReferenceOperation { Parameter: var parameter } && _boundArguments.TryGetValue(parameter, out var bound) ? bound : null;
    }

    /// <summary>
    /// The returned expression of an arithmetic helper (see the type remarks), null for any other method: a method of
    /// this file, a local function or a lambda of this method, whose body is one returned expression.
    /// </summary>
    private IOperation? ArithmeticBody(IMethodSymbol method)
    {
        if (method.Parameters.Length == 0 || method.DeclaringSyntaxReferences.Length != 1
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.AnonymousFunction))
        {
            return null;
        }

        if (_arithmeticBodies.TryGetValue(method, out var known))
        {
            return known;
        }

        _arithmeticBodies[method] = null;
        var returned = ReturnedExpression(method);
        var readsParameter = false;
        var body = returned is not null && IsArithmeticOf(returned, method, ref readsParameter) && readsParameter ? returned : null;
        _arithmeticBodies[method] = body;
        return body;
    }

    /// <summary>The one expression a method, local function or lambda returns, as an operation; null for any other body.</summary>
    private IOperation? ReturnedExpression(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.Ordinary)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            var returned = syntax is MethodDeclarationSyntax declaration && IsInSource(syntax.SyntaxTree)
                ? declaration.ExpressionBody?.Expression
                    ?? (declaration.Body is { Statements.Count: 1 } block && block.Statements[0] is ReturnStatementSyntax only ? only.Expression : null)
                : null;
            return returned is null ? null : ModelFor(returned.SyntaxTree)?.GetOperation(returned, _cancellationToken);
        }

        return LocalHelperBody(method) is IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } value }] } ? value : null;
    }

    /// <summary>
    /// True when <paramref name="operation"/> is arithmetic of <paramref name="method"/>'s parameters and their members,
    /// constants, readonly scalar fields, data-free scalars a local helper captures, and calls of other arithmetic helpers.
    /// </summary>
    private bool IsArithmeticOf(IOperation operation, IMethodSymbol method, ref bool readsParameter)
    {
        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return IsArithmeticOf(conversion.Operand, method, ref readsParameter);
            case IParenthesizedOperation parenthesized:
                return IsArithmeticOf(parenthesized.Operand, method, ref readsParameter);
            case IUnaryOperation unary:
                return IsArithmeticOf(unary.Operand, method, ref readsParameter);
            case IBinaryOperation binary:
                return IsArithmeticOf(binary.LeftOperand, method, ref readsParameter) && IsArithmeticOf(binary.RightOperand, method, ref readsParameter);
            case IParameterReferenceOperation { Parameter: var parameter } when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method):
                readsParameter = true;
                return true;
            case IParameterReferenceOperation { Parameter: var captured }:
                // A parameter of the enclosing method: read in the body exactly as at the call.
                return IsLocalHelper(method) && WellKnownSymbols.IsNumeric(captured.Type);
            case ILocalReferenceOperation { Local: var local }:
                return IsLocalHelper(method) && IsDataFreeScalar(local);
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } when IsMemberOfParameter(operation, method):
                readsParameter = true;
                return true;
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field, Instance: null or IInstanceReferenceOperation }:
                return WellKnownSymbols.IsNumeric(field.Type);
            case IInvocationOperation call when !SymbolEqualityComparer.Default.Equals(CalleeOf(call), method) && ArithmeticBody(CalleeOf(call)) is not null:
                foreach (var argument in call.Arguments)
                {
                    if (!IsArithmeticOf(argument.Value, method, ref readsParameter))
                    {
                        return false;
                    }
                }

                return true;
            default:
                return false;
        }
    }

    /// <summary><c>r.Minutes</c>, <c>r.Stats.Mean</c>: a chain of field or property reads ending in a parameter of <paramref name="method"/>.</summary>
    private static bool IsMemberOfParameter(IOperation operation, IMethodSymbol method)
    {
        var current = operation;
        while (MemberOwner(current) is { } owner)
        {
            current = owner;
        }

        return current is IParameterReferenceOperation { Parameter: var parameter } && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method);
    }

    /// <summary>The instance a field or (non-indexer) property is read from; null for any other operation or a static member.</summary>
    private static IOperation? MemberOwner(IOperation operation) => operation switch
    {
        IFieldReferenceOperation { Instance: { } instance } => Unwrap(instance),
        IPropertyReferenceOperation { Property.IsIndexer: false, Instance: { } instance } => Unwrap(instance),
        _ => null,
    };

    /// <summary>
    /// A captured numeric local whose every write is data-free (a temperature, <c>1 / t</c>): a captured max or sum,
    /// read inside the helper, might not reach through the helper's own flow, so a helper reading one is not inlined.
    /// </summary>
    private bool IsDataFreeScalar(ILocalSymbol local)
    {
        if (!WellKnownSymbols.IsNumeric(local.Type) || WritesOf(local) is not { Count: > 0 } writes)
        {
            return false;
        }

        foreach (var write in writes)
        {
            if (write.Value is not { } value || !(Eval(value) is { IsOpaque: false, RawRoots.Count: 0, Shifts.Count: 0, Exps.Count: 0 }))
            {
                return false;
            }
        }

        return true;
    }
}
