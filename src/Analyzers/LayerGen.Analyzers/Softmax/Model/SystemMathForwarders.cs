using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Source methods that only forward to a function of a system math type, read from their syntax, so that it does not
/// matter which file declares them: an analyzer has only the analysed file's semantic model (RS1030), and real code
/// keeps its math shims and activation classes in files of their own. Two readings use it:
/// <list type="bullet">
/// <item>a math shim (KelpNet's <c>MathF.Exp(float x) { return (float)Math.Exp(x); }</c> for targets without
/// <c>System.MathF</c>, used through <c>using Math = KelpNet.MathF;</c>) is the function it forwards to:
/// <see cref="IsShimFor"/>;</item>
/// <item>a helper of any name that only returns the exp of its one parameter (NeuralNetwork.NET's
/// <c>ActivationFunctions.Softmax(float x) =&gt; (float)Math.Exp(x)</c>) is an exp: <see cref="ForwardedFunction"/>.</item>
/// </list>
/// The callee's receiver is trusted by its name (<c>Math</c>, <c>MathF</c>, <c>double</c>, <c>float</c>, <c>Half</c>,
/// their <c>System.</c> spellings, or a type parameter for <c>T.Exp</c>), except the declaring type's own name (a shim
/// named <c>Math</c> calling <c>Math.Exp</c> calls itself). A forwarder changes nothing: the arguments are the
/// parameters, in order, past casts and parentheses; a capped or otherwise wrapped call is no forwarder.
/// </summary>
internal static partial class SystemMathForwarders
{
    /// <summary>
    /// The name of the system math function <paramref name="method"/> only forwards its parameters to, in order
    /// (<c>"Exp"</c> for <c>static float E(float v) =&gt; (float)MathF.Exp(v)</c>); null when it does anything else or is
    /// not declared once in source.
    /// </summary>
    public static string? ForwardedFunction(IMethodSymbol method, CancellationToken cancellationToken = default)
    {
        if (method.Parameters.Length == 0 || method.DeclaringSyntaxReferences.Length != 1
            || ExpHelperSyntax.ReturnedCall(ExpHelperSyntax.BodyOf(method.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken))) is not
            {
                Expression: MemberAccessExpressionSyntax { Name: IdentifierNameSyntax { Identifier.ValueText: var function }, Expression: var receiver },
                ArgumentList.Arguments: var arguments,
            }
            || arguments.Count != method.Parameters.Length || !IsSystemMathReceiver(receiver.ToString(), method))
        {
            return null;
        }

        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].RefKindKeyword.RawKind != 0
                || ExpHelperSyntax.Unparenthesised(arguments[i].Expression) is not IdentifierNameSyntax { Identifier.ValueText: var name }
                || name != method.Parameters[i].Name)
            {
                return null;
            }
        }

        return function;
    }

    /// <summary>
    /// True when <paramref name="method"/> forwards to the system math function of its own name (a math shim), or is a
    /// <c>Max</c>/<c>Min</c> that returns the larger/smaller of its two parameters by a comparison (Unity's
    /// <c>Mathf.Max(a, b) =&gt; a &gt; b ? a : b</c>, <see cref="ExtremumFunction"/>).
    /// </summary>
    public static bool IsShimFor(IMethodSymbol method) =>
        method.DeclaringSyntaxReferences.Length == 1
        && (ForwardedFunction(method) == method.Name || method.Name is "Max" or "Min" && ExtremumFunction(method) == method.Name);

    private static bool IsSystemMathReceiver(string receiver, IMethodSymbol method) =>
        receiver != method.ContainingType?.Name
        && (receiver is "Math" or "MathF" or "Half" or "double" or "float" or "Double" or "Single"
                or "System.Math" or "System.MathF" or "System.Half" or "System.Double" or "System.Single"
                or "global::System.Math" or "global::System.MathF"
            || method.TypeParameters.Any(parameter => parameter.Name == receiver)
            || method.ContainingType?.TypeParameters.Any(parameter => parameter.Name == receiver) == true);
}
