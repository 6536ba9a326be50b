using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Helpers declared inside the analysed method: local functions, and lambdas bound once to a delegate local and then
/// called (<c>Func&lt;float[,], float&gt; batchMax = b =&gt; …; float shift = batchMax(x);</c>, or <c>batchMax.Invoke(x)</c>).
/// Both are one kind of helper: their body is part of this model, their summary (<see cref="HelperSummary"/>: the max
/// or sum they return, the buffers they fill with exps, the axes they link) is taken from it in terms of their own
/// parameters, and every call translates it through its arguments exactly as for a same-type method.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The method a call runs: the lambda behind a delegate local's invocation, the method group a delegate of one known
    /// value holds (<see cref="InvokedMethod"/>: <c>Func&lt;double, double, double&gt; e = Shifted</c>), else the call's target.
    /// </summary>
    private IMethodSymbol CalleeOf(IInvocationOperation call) =>
        InvokedLambda(call)?.Symbol ?? (InvokedMethod(call) is { MethodKind: not MethodKind.AnonymousFunction } invoked ? invoked : call.TargetMethod).OriginalDefinition;

    /// <summary><c>f(x)</c> or <c>f.Invoke(x)</c> of a delegate local written once, with a lambda: that lambda; else null.</summary>
    private IAnonymousFunctionOperation? InvokedLambda(IInvocationOperation call)
    {
        if (call.TargetMethod is not { Name: "Invoke", ContainingType.TypeKind: TypeKind.Delegate }
            || Unwrap(call.Instance) is not ILocalReferenceOperation { Local: var local } || WritesOf(local) is not { Count: 1 } writes)
        {
            return null;
        }

        var value = Unwrap(writes[0].Value);
        while (value is IDelegateCreationOperation creation)
        {
            value = Unwrap(creation.Target);
        }

        return value as IAnonymousFunctionOperation;
    }

    /// <summary>
    /// Where an exp of a site is written: for a call through a delegate local of a lambda that is an exp helper
    /// (<c>density(z[i])</c> with <c>density = v =&gt; Math.Exp(v)</c>, or <c>(v, t) =&gt; Math.Exp(v / t)</c>), the exp
    /// inside that lambda, which is what the user wrote; else <paramref name="exp"/> itself.
    /// </summary>
    public IOperation WrittenExp(IOperation exp) =>
        exp is IInvocationOperation call && InvokedLambda(call) is { } lambda && (IsExpHelper(lambda.Symbol) || HelperExponentOf(lambda.Symbol) is not null)
            && ReturnedPastLocals(lambda.Body) is IInvocationOperation written
            ? written
            : exp;

    /// <summary>
    /// The summary of a local function or lambda, from a model of its body alone built like a same-type helper's
    /// (one call level deeper, its own helpers followed to <see cref="MaxHelperLevel"/>), on this method's control flow
    /// graph (which holds the local functions' and lambdas' graphs). Captured variables keep their own dimensions.
    /// </summary>
    private HelperSummary SummariseLocalHelper(IMethodSymbol method)
    {
        if (LocalHelperBody(method) is not { } body || body.Syntax.DescendantNodes().Skip(MaxNestedModelNodes).Any())
        {
            return HelperSummary.None;
        }

        return SummariseInOwnModel(body, method, () => Flow);
    }

    /// <summary>A local function or a lambda: a helper whose body is in this model.</summary>
    private static bool IsLocalHelper(IMethodSymbol method) => method.MethodKind is MethodKind.LocalFunction or MethodKind.AnonymousFunction;

    /// <summary>The body of a local function or lambda of this model; null when it is not in it.</summary>
    private IOperation? LocalHelperBody(IMethodSymbol method) => method.MethodKind == MethodKind.AnonymousFunction
        ? (_lambdas.TryGetValue(method, out var lambda) ? lambda.Body : null)
        : LocalFunctionDeclaration(method) is { } declaration ? declaration.Body ?? declaration.IgnoredBody : null;
}
