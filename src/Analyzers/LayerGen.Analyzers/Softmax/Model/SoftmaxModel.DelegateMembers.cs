using System.Linq;
using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Calls through a delegate whose one value is known read as calls of that method: a delegate local written once
/// (<c>Func&lt;float, float, float&gt; fold = MathF.Max;</c>), or a delegate field or auto-property of a type declared in
/// this file whose every write in the file — its initializer, a constructor's assignment, an object initializer — stores
/// the same method group or one lambda (<c>Fold { get; init; } = MathF.Max</c>, <c>readonly Func&lt;…&gt; _combine;</c>
/// set to <c>Math.Max</c> in the constructor). <c>peaks[c] = Fold(peaks[c], v)</c> is then the max fold
/// <c>MathF.Max(peaks[c], v)</c> spells (HeldOut74's <c>FuncField_ClassPeakProperty</c>). A member written anywhere else
/// in the file with another value, passed by <c>ref</c>/<c>out</c>, combined (<c>+=</c>) or given a getter body is unknown,
/// and so is a member declared outside this file (its writes cannot be seen).
/// </summary>
internal sealed partial class SoftmaxModel
{
    private Dictionary<ISymbol, IOperation?>? _delegateMemberValues;

    /// <summary>
    /// The method <paramref name="call"/> runs when it invokes a delegate of one known value (see the type's summary):
    /// the method group's method or the lambda; else the call's own target.
    /// </summary>
    private IMethodSymbol InvokedMethod(IInvocationOperation call) =>
        call.TargetMethod.MethodKind == MethodKind.DelegateInvoke && PastDelegateCreation(KnownDelegateValue(call.Instance)) is { } value
            ? value switch
            {
                // An extension method group (rows.Sum) takes its receiver as one more parameter: not the call's shape.
                IMethodReferenceOperation reference when reference.Method.ReducedFrom is null && reference.Method.Parameters.Length == call.Arguments.Length => reference.Method,
                IAnonymousFunctionOperation lambda => lambda.Symbol,
                _ => call.TargetMethod,
            }
            : call.TargetMethod;

    /// <summary>
    /// The one value a delegate read as <paramref name="delegateRead"/> holds: the once-written local's value, or the one
    /// value stored into the field or auto-property; null when it is not known.
    /// </summary>
    private IOperation? KnownDelegateValue(IOperation? delegateRead)
    {
        switch (Unwrap(delegateRead))
        {
            // A function pointer (delegate*<float, float> e = &MathF.Exp) is read alike (PointerCalls.cs).
            case ILocalReferenceOperation { Local: { Type.TypeKind: TypeKind.Delegate or TypeKind.FunctionPointer } local }:
                return WritesOf(local) is { Count: 1 } writes ? writes[0].Value : null;
            case IFieldReferenceOperation { Field: { Type.TypeKind: TypeKind.Delegate or TypeKind.FunctionPointer } field } read when IsThisOrStatic(read.Instance):
                return DelegateMemberValue(field);
            case IPropertyReferenceOperation { Property: { Type.TypeKind: TypeKind.Delegate, Parameters.Length: 0 } property } read when IsThisOrStatic(read.Instance):
                return DelegateMemberValue(property);
            default:
                return null;
        }

        static bool IsThisOrStatic(IOperation? instance) => instance is null || Unwrap(instance) is IInstanceReferenceOperation;
    }

    /// <summary>The one value every write of a delegate field or auto-property in this file stores (cached per model).</summary>
    private IOperation? DelegateMemberValue(ISymbol member)
    {
        _delegateMemberValues ??= new Dictionary<ISymbol, IOperation?>(SymbolEqualityComparer.Default);
        member = member.OriginalDefinition;
        if (!_delegateMemberValues.TryGetValue(member, out var value))
        {
            value = ReadDelegateMemberValue(member);
            _delegateMemberValues[member] = value;
        }

        return value;
    }

    private IOperation? ReadDelegateMemberValue(ISymbol member)
    {
        if (member.DeclaringSyntaxReferences.Length != 1 || SourceModel is not { } semanticModel
            || member.DeclaringSyntaxReferences[0].SyntaxTree != semanticModel.SyntaxTree || member.IsAbstract || member.IsVirtual || member.IsOverride)
        {
            return null;
        }

        var declaration = member.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken);
        var values = new List<ExpressionSyntax>();
        switch (declaration)
        {
            case VariableDeclaratorSyntax variable:
                if (variable.Initializer is { } initializer)
                {
                    values.Add(initializer.Value);
                }

                break;
            case PropertyDeclarationSyntax { ExpressionBody: null, AccessorList: { } accessors } property
                when accessors.Accessors.All(accessor => accessor.Body is null && accessor.ExpressionBody is null):
                if (property.Initializer is { } propertyInitializer)
                {
                    values.Add(propertyInitializer.Value);
                }

                break;
            default:
                return null;
        }

        foreach (var node in semanticModel.SyntaxTree.GetRoot(_cancellationToken).DescendantNodes())
        {
            var written = node switch
            {
                AssignmentExpressionSyntax assignment => assignment.Left,
                ArgumentSyntax { RefKindKeyword.RawKind: not (int)SyntaxKind.None } argument => argument.Expression,
                PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.AddressOfExpression } address => address.Operand,
                _ => null,
            };
            if (NamedMember(written) is not { } name || name.Identifier.ValueText != member.Name
                || !SymbolEqualityComparer.Default.Equals(semanticModel.GetSymbolInfo(name, _cancellationToken).Symbol?.OriginalDefinition, member))
            {
                continue;
            }

            if (node is not AssignmentExpressionSyntax { RawKind: (int)SyntaxKind.SimpleAssignmentExpression } simple)
            {
                // fold += other, ref fold, &fold: some other value.
                return null;
            }

            values.Add(simple.Right);
        }

        IOperation? known = null;
        foreach (var syntax in values)
        {
            var operation = PastDelegateCreation(semanticModel.GetOperation(syntax, _cancellationToken));
            switch (operation)
            {
                case IMethodReferenceOperation reference
                    when known is null || known is IMethodReferenceOperation previous && SymbolEqualityComparer.Default.Equals(previous.Method, reference.Method):
                    known ??= reference;
                    break;
                case IAnonymousFunctionOperation lambda when known is null:
                    known = lambda;
                    break;
                default:
                    return null;
            }
        }

        return known;
    }

    /// <summary>The name a written expression ends with: <c>Fold</c>, <c>this.Fold</c>, <c>K.Fold</c>; null for anything else.</summary>
    private static SimpleNameSyntax? NamedMember(ExpressionSyntax? written) => written switch
    {
        SimpleNameSyntax name => name,
        MemberAccessExpressionSyntax access => access.Name,
        MemberBindingExpressionSyntax binding => binding.Name,
        ParenthesizedExpressionSyntax parenthesized => NamedMember(parenthesized.Expression),
        _ => null,
    };
}
