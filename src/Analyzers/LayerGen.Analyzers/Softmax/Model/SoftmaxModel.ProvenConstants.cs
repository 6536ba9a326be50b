using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Numbers a value provably holds wherever it is read, for the bases of exponentials and logs (<c>Math.Pow(b, x)</c> is
/// an exp when <c>b</c> is a constant, <c>Math.Log(p, b)</c> a natural log when <c>b</c> is e): a literal or constant
/// (<c>Math.E</c>, <c>2.718281828</c>), a local written once with such a value, a <c>readonly</c> field initialised with
/// one that no constructor or other member assigns, and a parameter bound to such an argument (an inlined or summarised
/// helper's <c>logBase</c>, a local function's one call) or of a private method every call of which in its type passes
/// the same constant. Anything else (a public method's parameter, a field anyone may set) may be any number: null.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>How many locals, parameters and fields are followed at most (<c>var b = e; var c = b;</c> is two).</summary>
    private const int MaxConstantHops = 4;

    /// <summary>Private methods' parameters already read from their calls (a file is scanned once per parameter).</summary>
    private readonly Dictionary<IParameterSymbol, double?> _calledWithConstant = new(SymbolEqualityComparer.Default);

    /// <summary>The number <paramref name="value"/> provably holds (see the type's summary), else null.</summary>
    private double? ProvenConstant(IOperation? value, int hops = 0)
    {
        value = Unwrap(value);
        if (value is null)
        {
            return null;
        }

        if (NumberOf(value.ConstantValue) is { } constant)
        {
            return constant;
        }

        if (hops >= MaxConstantHops)
        {
            return null;
        }

        switch (value)
        {
            case IParameterReferenceOperation when CallerOperand(value) is { } passed && passed != value:
                return ProvenConstant(passed, hops + 1);
            case IParameterReferenceOperation { Parameter: var parameter } when WritesOf(parameter).Count == 0:
                return ConstantPassedFor(parameter);
            case ILocalReferenceOperation { Local: var local } when _writesCollected && WritesOf(local) is { Count: 1 } writes
                && writes[0].Operation is IVariableDeclaratorOperation:
                return ProvenConstant(writes[0].Value, hops + 1);
            case IFieldReferenceOperation { Field: { IsReadOnly: true } field }:
                return ReadOnlyFieldConstant(field);
            default:
                return null;
        }
    }

    private static double? NumberOf(Optional<object?> constant)
    {
        if (constant is not { HasValue: true, Value: double or float or int or long or decimal })
        {
            return null;
        }

        var number = System.Convert.ToDouble(constant.Value, System.Globalization.CultureInfo.InvariantCulture);
        return double.IsNaN(number) || double.IsInfinity(number) ? null : number;
    }

    /// <summary>True when <paramref name="value"/> is e (<c>Math.E</c>, <c>MathF.E</c>, <c>2.718281828…</c> to six places).</summary>
    private bool IsProvablyE(IOperation? value) => ProvenConstant(value) is { } number && System.Math.Abs(number - System.Math.E) < 1e-6;

    /// <summary>
    /// A <c>readonly</c> field's initialiser constant, when its declaration is in this file and nothing in its type's
    /// declarations assigns it (no constructor overrides the initialiser).
    /// </summary>
    private double? ReadOnlyFieldConstant(IFieldSymbol field)
    {
        if (field.DeclaringSyntaxReferences is not [var reference] || !IsInSource(reference.SyntaxTree)
            || reference.GetSyntax(_cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } initializer } declarator
            || ModelFor(reference.SyntaxTree) is not { } model
            || NumberOf(model.GetConstantValue(initializer, _cancellationToken)) is not { } number
            || field.ContainingType.DeclaringSyntaxReferences.Length != 1)
        {
            return null;
        }

        var type = field.ContainingType.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var assigned = type.DescendantNodes().OfType<AssignmentExpressionSyntax>()
            .Any(assignment => NameOf(assignment.Left) == field.Name);
        return assigned || declarator.Identifier.ValueText != field.Name ? null : number;
    }

    /// <summary>
    /// The constant every call of a private method passes for <paramref name="parameter"/>, when all its calls are in
    /// its type's one declaration, each passes the same constant, and the method is never used as a delegate; else null.
    /// </summary>
    private double? ConstantPassedFor(IParameterSymbol parameter)
    {
        if (_calledWithConstant.TryGetValue(parameter, out var known))
        {
            return known;
        }

        double? result = null;
        if (parameter.ContainingSymbol is IMethodSymbol { DeclaredAccessibility: Accessibility.Private, MethodKind: MethodKind.Ordinary } method
            && method.ContainingType.DeclaringSyntaxReferences is [var typeReference] && IsInSource(typeReference.SyntaxTree)
            && ModelFor(typeReference.SyntaxTree) is { } model)
        {
            result = ConstantOfEveryCall(method, parameter.Ordinal, typeReference.GetSyntax(_cancellationToken), model);
        }

        _calledWithConstant[parameter] = result;
        return result;
    }

    private double? ConstantOfEveryCall(IMethodSymbol method, int ordinal, SyntaxNode type, SemanticModel model)
    {
        double? passed = null;
        foreach (var name in type.DescendantNodes().OfType<SimpleNameSyntax>().Where(name => name.Identifier.ValueText == method.Name))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (!SymbolEqualityComparer.Default.Equals(model.GetSymbolInfo(name, _cancellationToken).Symbol?.OriginalDefinition, method.OriginalDefinition))
            {
                continue;
            }

            // Only a call's own target: a method group (a delegate) may be invoked with anything.
            var target = name.Parent is MemberAccessExpressionSyntax access && access.Name == name ? access : (ExpressionSyntax)name;
            if (target.Parent is not InvocationExpressionSyntax call || call.Expression != target
                || model.GetOperation(call, _cancellationToken) is not IInvocationOperation invocation
                || invocation.Arguments.FirstOrDefault(argument => argument.Parameter?.Ordinal == ordinal) is not { ArgumentKind: ArgumentKind.Explicit } argument
                || NumberOf(Unwrap(argument.Value)!.ConstantValue) is not { } number
                || passed is { } earlier && earlier != number)
            {
                return null;
            }

            passed = number;
        }

        return passed;
    }

    private static string? NameOf(ExpressionSyntax target) => target switch
    {
        IdentifierNameSyntax identifier => identifier.Identifier.ValueText,
        MemberAccessExpressionSyntax access => access.Name.Identifier.ValueText,
        _ => null,
    };
}
