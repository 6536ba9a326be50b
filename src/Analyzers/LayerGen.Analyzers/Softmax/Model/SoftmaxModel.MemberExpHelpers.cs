using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Exp helpers whose exponent is a member of their receiver or of a parameter, the autograd-node shape:
/// <c>public Value Exp() { var node = new Value(Math.Exp(Data)); …; return node; }</c>,
/// <c>static Value Exp(Value v) =&gt; new Value(Math.Exp(v.Data))</c>, <c>static double E(Node n) =&gt; Math.Exp(n.Data)</c>.
/// The helper returns the exp itself or a value wrapping it (an object created with the exp among its arguments, returned
/// directly or through a local initialised with it). A call is an exp whose exponent is the helper's, read with the
/// receiver and the arguments in place of <c>this</c> and the parameters: <c>logit.Exp()</c> exponentiates the raw
/// logit, <c>(logit - max).Exp()</c> is shifted by <c>max</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Per method, the exponent of the exp it returns (or wraps) when it is a member exp helper, else null.</summary>
    private readonly Dictionary<IMethodSymbol, IOperation?> _memberExpExponents = new(SymbolEqualityComparer.Default);

    /// <summary>The value of the receiver of a member exp helper while its exponent is evaluated for one call.</summary>
    private ValueFacts? _boundReceiver;

    /// <summary>The exponent of a call of a member exp helper, in the helper's terms; null for any other call.</summary>
    private IOperation? MemberExpExponent(IInvocationOperation call)
    {
        var callee = call.TargetMethod;
        if (callee.MethodKind != MethodKind.Ordinary || call.Arguments.Length != callee.Parameters.Length
            || call.Arguments.Any(argument => argument.ArgumentKind != ArgumentKind.Explicit || argument.Parameter is null)
            || !callee.IsStatic && call.Instance is null)
        {
            return null;
        }

        return MemberExpExponentOf(callee);
    }

    private IOperation? MemberExpExponentOf(IMethodSymbol method)
    {
        if (_memberExpExponents.TryGetValue(method, out var known))
        {
            return known;
        }

        // Set first: a helper reached again while it is being read is no exp helper (no recursion).
        _memberExpExponents[method] = null;
        if (method.DeclaringSyntaxReferences.Length != 1 || method.IsStatic && method.Parameters.Length == 0
            || Unwrap(WrappedExp(method)) is not IInvocationOperation exp || !Symbols.IsExp(exp.TargetMethod) || exp.Arguments.Length != 1)
        {
            return null;
        }

        var exponent = exp.Arguments[0].Value;
        var readsMember = false;
        var result = IsMemberArithmetic(exponent, method, ref readsMember) && readsMember ? exponent : null;
        _memberExpExponents[method] = result;
        return result;
    }

    /// <summary>
    /// The exp <paramref name="method"/> returns: its returned call, or the first argument of the object it returns
    /// (created in the return, or written once to a local returned: ExpHelperLocals.cs); null otherwise.
    /// </summary>
    private IOperation? WrappedExp(IMethodSymbol method)
    {
        var body = HelperBody(method);
        var returned = body switch
        {
            IBlockOperation block => block.Operations.LastOrDefault() is IReturnOperation { ReturnedValue: { } value } ? value : null,
            null => null,
            var expression => expression,
        };
        // A body that changes its parameters or its receiver's members first (v = v.Sub(v.Max()); Data -= m;) may have
        // shifted what the exp reads: not read as a member exp helper. Lambdas (a backward closure's Grad += …) run later.
        if (body is IBlockOperation && WritesOutsideLambdas(body))
        {
            return null;
        }

        // var node = new Value(Math.Exp(Data)); node.Backward = …; return node; (a local written once, ExpHelperLocals.cs)
        returned = PastOnceWrittenLocals(returned, body);
        if (returned is ILocalReferenceOperation)
        {
            return null;
        }

        return returned switch
        {
            IObjectCreationOperation { Arguments.Length: > 0 } creation when PastOnceWrittenLocals(creation.Arguments[0].Value, body) is IInvocationOperation wrapped && Symbols.IsExp(wrapped.TargetMethod) => wrapped,
            IInvocationOperation call when WellKnownSymbols.IsNumeric(method.ReturnType) => call,
            _ => null,
        };
    }

    /// <summary>
    /// True when <paramref name="operation"/> writes (<see cref="WrittenReference"/>) a parameter, a member of <c>this</c>
    /// or of a parameter; a member of a local (the node the helper
    /// creates, <c>node.Backward = …</c>) is not such a write.
    /// </summary>
    private static bool WritesOutsideLambdas(IOperation operation) =>
        WritesParameterOrReceiverMember(operation)
        || operation.ChildOperations.Any(child => child is not (IAnonymousFunctionOperation or ILocalFunctionOperation) && WritesOutsideLambdas(child));

    private static bool WritesParameterOrReceiverMember(IOperation operation)
    {
        for (var current = Unwrap(WrittenReference(operation)); current is not null; current = current is IMemberReferenceOperation member ? Unwrap(member.Instance) : null)
        {
            if (current is IParameterReferenceOperation or IInstanceReferenceOperation)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// True when <paramref name="operation"/> is arithmetic (constants, +, −, ×, ÷, negation, conversions) of members of
    /// <c>this</c> or of <paramref name="method"/>'s parameters, and of the parameters themselves;
    /// <paramref name="readsMember"/> is set when it reads such a member (a bare parameter is an ordinary exp helper's).
    /// </summary>
    private bool IsMemberArithmetic(IOperation? operation, IMethodSymbol method, ref bool readsMember)
    {
        operation = Unwrap(operation);
        if (operation is null)
        {
            return false;
        }

        if (operation.ConstantValue.HasValue)
        {
            return true;
        }

        switch (operation)
        {
            case IParameterReferenceOperation { Parameter: var parameter }:
                return SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method);
            case ILocalReferenceOperation { Local.ContainingSymbol: var owner } when SymbolEqualityComparer.Default.Equals(owner, method) && OnceWrittenValue(operation) is { } written:
                // var t = this.Data; … Math.Exp(t): the local's value, bound at each call (ExpHelperLocals.cs).
                return IsMemberArithmetic(written, method, ref readsMember);
            case IFieldReferenceOperation or IPropertyReferenceOperation when MemberOwner(operation) is { } owner:
                var ownedHere = owner is IInstanceReferenceOperation && !method.IsStatic
                    || owner is IParameterReferenceOperation { Parameter: var owning } && SymbolEqualityComparer.Default.Equals(owning.ContainingSymbol, method);
                readsMember |= ownedHere;
                return ownedHere && WellKnownSymbols.IsNumeric(operation.Type);
            case IBinaryOperation { OperatorMethod: null, OperatorKind: BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide } binary:
                return IsMemberArithmetic(binary.LeftOperand, method, ref readsMember) & IsMemberArithmetic(binary.RightOperand, method, ref readsMember);
            case IUnaryOperation { OperatorMethod: null, OperatorKind: UnaryOperatorKind.Minus or UnaryOperatorKind.Plus } unary:
                return IsMemberArithmetic(unary.Operand, method, ref readsMember);
            default:
                return false;
        }
    }

    /// <summary>
    /// The facts of <paramref name="exponent"/>, the exponent of member exp helper call <paramref name="call"/>, with
    /// <c>this</c> read as the call's receiver and each parameter as its argument.
    /// </summary>
    private ValueFacts EvalMemberExponent(IInvocationOperation call, IOperation exponent)
    {
        var receiverFacts = call.Instance is { } receiver && !call.TargetMethod.IsStatic ? Eval(receiver) : null;

        // The caller's arguments are the caller's values: evaluated (and memoised) before `this` stands for the receiver,
        // so a `this._peak` passed in is the caller's field, not the node's data.
        foreach (var argument in call.Arguments)
        {
            Eval(argument.Value);
        }

        var previous = _boundReceiver;
        try
        {
            _boundReceiver = receiverFacts;
            return EvalHelperExponent(call, exponent);
        }
        finally
        {
            _boundReceiver = previous;
        }
    }
}
