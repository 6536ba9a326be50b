using System.Collections.Generic;
using System.Collections.Immutable;
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
/// it is applied to each element the same way (<see cref="LogitHelperSelector"/>). A body with statements (guard
/// clauses, several returns, locals) is read by SoftmaxModel.StatementHelpers.cs; its value is the join of its returns.
/// Methods are read by substitution like local functions: <c>Sub(x[i], max)</c> with <c>Sub(v, m) =&gt; v - m</c> is
/// <c>x[i] - max</c>, shifted by the caller's <c>max</c> (<see cref="CallerOperand"/>). A parameter-free, non-virtual
/// method of one returned expression is a getter (Java style, <c>double getTemperature() { return temperature; }</c>,
/// <c>=&gt; Scale * 2</c>, <c>=&gt; 1.5</c>), read the same way: a call of one whose value is data-free (no data, no exp,
/// no shift) is that value, as the member read inline is, so <c>exp(d[k] / getTemperature())</c> is judged as
/// <c>exp(d[k] / temperature)</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per helper, its returns when it is an arithmetic helper, else null.</summary>
    private readonly Dictionary<IMethodSymbol, HelperReturns?> _arithmeticBodies = new(SymbolEqualityComparer.Default);

    /// <summary>
    /// The facts of a call of an arithmetic helper (<see cref="ArithmeticBody"/>), of a getter only when they are data-free;
    /// null for any other call.
    /// </summary>
    private ValueFacts? ArithmeticHelperValue(IInvocationOperation call)
    {
        if (!WellKnownSymbols.IsNumeric(call.Type))
        {
            return null;
        }

        var callee = CalleeOf(call);
        if (ArithmeticBody(callee) is null)
        {
            return null;
        }

        if (callee.Parameters.Length == 0)
        {
            return ApplyArithmeticHelper(callee, System.Array.Empty<ValueFacts?>()) is { IsOpaque: false, IsProbability: false, RawRoots.Count: 0, Exps.Count: 0, Shifts.Count: 0 } facts
                ? facts
                : null;
        }

        return CallArguments(call, callee) is { } arguments ? ApplyArithmeticHelper(callee, arguments.Facts, arguments.Operations) : null;
    }

    /// <summary>
    /// True when <paramref name="subtrahend"/>, in a helper's body evaluated for a call, is computed from the helper's
    /// parameters or locals other than a parameter read alone (which is the caller's argument, see
    /// <see cref="CallerOperand"/>) and varies along a loop (<c>r.Minutes - r.Toll</c>, <c>a.Score - b.Score</c> of elements):
    /// a term of the elements, as an element-wise term written inline is, not a shift by a maximum.
    /// </summary>
    private bool IsBoundElementTerm(IOperation subtrahend, ValueFacts value)
    {
        if (_boundArguments.Count == 0 || value.Dims.Count == 0 || !ReferenceEquals(CallerOperand(subtrahend), Unwrap(subtrahend)))
        {
            return false;
        }

        foreach (var operation in subtrahend.DescendantsAndSelf())
        {
            if (operation is IParameterReferenceOperation { Parameter: var parameter } && _boundArguments.ContainsKey(parameter)
                || operation is ILocalReferenceOperation { Local: var local } && _boundArguments.ContainsKey(local))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The value of arithmetic helper <paramref name="helper"/> for arguments of the given facts (and, where known, the
    /// caller's argument operations): its body evaluated with each parameter bound to its argument and each own local to
    /// its initialiser's value, the join of its returned values. For any other helper, the arguments' facts merged. Null
    /// when the helper is already being evaluated.
    /// </summary>
    private ValueFacts? ApplyArithmeticHelper(IMethodSymbol helper, IReadOnlyList<ValueFacts?> arguments, IReadOnlyList<IOperation?>? operations = null)
    {
        if (ArithmeticBody(helper) is not { } returned)
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

        var previous = BindParameters(helper, arguments, operations);
        try
        {
            // The body's values hold for this call only: none is cached across calls.
            ForgetValues(returned.Body);
            foreach (var (local, initializer) in returned.Locals)
            {
                BindLocal(local, Eval(initializer), previous);
            }

            var value = ReturnedValues(returned);
            ForgetValues(returned.Body);
            return value;
        }
        finally
        {
            RestoreBindings(previous);
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

    /// <summary>
    /// The returns of an arithmetic helper (see the type remarks), null for any other method: a method of this file, a
    /// local function or a lambda of this method, whose body is one returned expression or statements read by
    /// <see cref="StatementHelperReturns"/>; for a getter, one returned expression.
    /// </summary>
    private HelperReturns? ArithmeticBody(IMethodSymbol method)
    {
        var isGetter = method.Parameters.Length == 0;
        if (method.DeclaringSyntaxReferences.Length != 1
            || method.MethodKind is not (MethodKind.Ordinary or MethodKind.LocalFunction or MethodKind.AnonymousFunction)
            || isGetter && method is not { MethodKind: MethodKind.Ordinary, IsGenericMethod: false, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false })
        {
            // A getter another type may override returns what this body does not say.
            return null;
        }

        if (_arithmeticBodies.TryGetValue(method, out var known))
        {
            return known;
        }

        _arithmeticBodies[method] = null;
        var body = HelperBody(method);
        HelperReturns? returns = null;
        if (body is IBlockOperation { Operations: [IReturnOperation { ReturnedValue: { } only }] })
        {
            body = only;
        }

        if (body is IBlockOperation block)
        {
            returns = isGetter ? null : StatementHelperReturns(method, block);
        }
        else if (body is not null)
        {
            var readsParameter = false;
            returns = IsArithmeticOf(body, method, ref readsParameter) && (readsParameter || isGetter)
                ? new HelperReturns(body, ImmutableArray<(ILocalSymbol, IOperation)>.Empty, ImmutableArray.Create(new HelperReturn(body, ImmutableArray<PathCondition>.Empty)))
                : null;
        }

        _arithmeticBodies[method] = returns;
        return returns;
    }

    /// <summary>
    /// The body of a method of this file, local function or lambda, as an operation: the expression of an expression
    /// body, else the block; null when it has none here.
    /// </summary>
    private IOperation? HelperBody(IMethodSymbol method)
    {
        if (method.MethodKind == MethodKind.Ordinary)
        {
            var syntax = method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
            SyntaxNode? body = syntax is MethodDeclarationSyntax declaration && IsInSource(syntax.SyntaxTree)
                ? (SyntaxNode?)declaration.ExpressionBody?.Expression ?? declaration.Body
                : null;
            return body is null ? null : ModelFor(body.SyntaxTree)?.GetOperation(body, _cancellationToken);
        }

        return LocalHelperBody(method) as IBlockOperation;
    }

    /// <summary>
    /// True when <paramref name="operation"/> is arithmetic of <paramref name="method"/>'s parameters and their members,
    /// constants, scalar fields and properties of this instance or type, data-free scalars a local helper captures, and
    /// calls of other arithmetic helpers and getters.
    /// </summary>
    private bool IsArithmeticOf(IOperation operation, IMethodSymbol method, ref bool readsParameter)
    {
        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        // A local of the helper written once (var z = v / t; return Math.Exp(z);): its value, bound at each call (ExpHelperLocals.cs).
        if (operation is ILocalReferenceOperation { Local.ContainingSymbol: var owner } && SymbolEqualityComparer.Default.Equals(owner, method)
            && OnceWrittenValue(operation) is { } written)
        {
            var readsOwn = false;
            if (IsArithmeticOf(written, method, ref readsOwn))
            {
                readsParameter |= readsOwn;
                return true;
            }
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
            case ILocalReferenceOperation { Local: var own } when _helperLocalReads.TryGetValue(own, out var ownReadsParameter):
                // A local the helper declared before (StatementHelpers.cs): bound to its initialiser's value at each call.
                readsParameter |= ownReadsParameter;
                return true;
            case IConditionalOperation { WhenFalse: { } whenFalse, Type: not null } choice:
                // v != 0 ? v / tau : 0: the value is one of the arms; the condition only chooses.
                return IsSideEffectFree(choice.Condition, method) && IsArithmeticOf(choice.WhenTrue, method, ref readsParameter) && IsArithmeticOf(whenFalse, method, ref readsParameter);
            case ISwitchExpressionOperation switchExpression:
                foreach (var arm in switchExpression.Arms)
                {
                    if (arm.Guard is { } guard && !IsSideEffectFree(guard, method) || !IsArithmeticOf(arm.Value, method, ref readsParameter))
                    {
                        return false;
                    }
                }

                return IsSideEffectFree(switchExpression.Value, method);
            case IThrowOperation { Exception: var exception }:
                // v > 0 ? v : throw …: no value.
                return exception is null || IsSideEffectFree(exception, method, allowCreation: true);
            case IParameterReferenceOperation { Parameter: var captured }:
                // A parameter of the enclosing method: read in the body exactly as at the call.
                return IsLocalHelper(method) && WellKnownSymbols.IsNumeric(captured.Type);
            case ILocalReferenceOperation { Local: var local }:
                return IsLocalHelper(method) && IsDataFreeScalar(local);
            case IFieldReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: false } when IsMemberOfParameter(operation, method):
                readsParameter = true;
                return true;
            case IFieldReferenceOperation { Field: var field, Instance: null or IInstanceReferenceOperation }:
                // A scalar field of this instance or type (a temperature _tau), read in the body as at the call.
                return WellKnownSymbols.IsNumeric(field.Type);
            case IPropertyReferenceOperation { Property: { IsIndexer: false } property, Instance: null or IInstanceReferenceOperation }:
                return WellKnownSymbols.IsNumeric(property.Type);
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
