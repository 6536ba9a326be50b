using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// The members a receiver was built with: a local assigned once from <c>new Strided(logits, rows, cols, cols, 1)</c>, from
/// a factory returning such a creation (<c>Strided.RowMajor(logits, agents, actions)</c> with <c>=&gt; new(buffer, rows,
/// cols, cols, 1)</c>), or from a member of another receiver returning one (<c>x.T</c> with <c>=&gt; new(Buffer, Cols, Rows,
/// S1, S0)</c>, a transposed view over the same buffer with its strides swapped). Each member of the receiver is then the
/// caller's expression it was built from: <c>xt.Buffer</c> is <c>logits</c>, <c>xt.S0</c> is <c>1</c>, <c>xt.S1</c> is
/// <c>actions</c>, so <c>xt.At(a, g) =&gt; Buffer[i * S0 + j * S1]</c> is <c>logits[a + g * actions]</c>, the element
/// <c>x.At(g, a)</c> also reads. A member is known through a record's primary constructor, or a constructor whose body
/// assigns it a parameter; anything else (a parameter receiver, a second assignment) is not known.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>Receivers are followed through at most this many creations (<c>x.T.T</c>).</summary>
    private const int MaxConstructionDepth = 4;

    /// <summary>
    /// The expression of this method (or a constant) that <paramref name="member"/> of <paramref name="receiver"/> was
    /// built from; null when unknown.
    /// </summary>
    private IOperation? ConstructedMember(IOperation? receiver, ISymbol member, int depth = 0)
    {
        if (depth > MaxConstructionDepth || Unwrap(receiver) is not ILocalReferenceOperation { Local: var local }
            || WritesOf(local) is not [{ Value: { } value }] || Contains(value, receiver))
        {
            return null;
        }

        return CreatedMember(Unwrap(value)!, member, depth);
    }

    /// <summary>The argument a creation, a factory's returned creation or a member's returned creation passes for <paramref name="member"/>, in this method's terms.</summary>
    private IOperation? CreatedMember(IOperation value, ISymbol member, int depth)
    {
        switch (value)
        {
            case IObjectCreationOperation creation when Contains(_root, creation):
                return ArgumentFor(creation, member) is { } argument && IsCallerTerm(argument) ? argument : null;
            case IInvocationOperation call:
                return ReturnedCreation(call.TargetMethod) is { } created && ArgumentFor(created, member) is { } inner
                    ? InCallerTerms(inner, call.TargetMethod, call.Arguments, call.Instance, depth)
                    : null;
            case IPropertyReferenceOperation { Property: { IsIndexer: false, IsStatic: false } property, Instance: var instance }:
                return ReturnedCreation(property) is { } made && ArgumentFor(made, member) is { } passed
                    ? InCallerTerms(passed, property.GetMethod, ImmutableArgumentsNone, instance, depth)
                    : null;
            default:
                return null;
        }
    }

    private static readonly System.Collections.Immutable.ImmutableArray<IArgumentOperation> ImmutableArgumentsNone = System.Collections.Immutable.ImmutableArray<IArgumentOperation>.Empty;

    /// <summary>
    /// <paramref name="operation"/>, an expression of a callee's body, in this method's terms: a constant as it is, a
    /// parameter of the callee as the argument passed, a member of <c>this</c> as the member the receiver was built with.
    /// </summary>
    private IOperation? InCallerTerms(IOperation operation, IMethodSymbol? callee, System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, IOperation? receiver, int depth)
    {
        operation = Unwrap(operation)!;
        if (operation.ConstantValue.HasValue)
        {
            return operation;
        }

        switch (operation)
        {
            case IParameterReferenceOperation { Parameter: var parameter } when callee is not null && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, callee.OriginalDefinition):
                var argument = arguments.FirstOrDefault(passed => passed.Parameter is { } bound && bound.Ordinal == parameter.Ordinal && passed.ArgumentKind == ArgumentKind.Explicit);
                return argument is not null && IsCallerTerm(Unwrap(argument.Value)!) ? Unwrap(argument.Value) : null;
            case IMemberReferenceOperation { Member: var member, Instance: var owner } when Unwrap(owner) is IInstanceReferenceOperation && receiver is not null:
                return ConstructedMember(receiver, member.OriginalDefinition, depth + 1);
            default:
                return null;
        }
    }

    /// <summary>A constant, or an expression of this method's own body.</summary>
    private bool IsCallerTerm(IOperation operation) => operation.ConstantValue.HasValue || Contains(_root, operation);

    /// <summary>The object creation a non-virtual member of this file returns as its whole body (<c>=&gt; new(…)</c>); else null.</summary>
    private IObjectCreationOperation? ReturnedCreation(ISymbol member)
    {
        if (member is { IsAbstract: true } or { IsVirtual: true } or { IsOverride: true } or { IsExtern: true }
            || SourceModel is not { } model || MemberReturnedExpression(member.OriginalDefinition, model.SyntaxTree) is not { } returned
            || returned.DescendantNodes().Skip(MaxMemberViewNodes).Any())
        {
            return null;
        }

        return Unwrap(model.GetOperation(returned, _cancellationToken)) as IObjectCreationOperation;
    }

    /// <summary>
    /// The argument <paramref name="creation"/> passes for <paramref name="member"/>: the parameter of a record's primary
    /// constructor the member is (a positional property of the same parameter), or the parameter a constructor body
    /// assigns to the member (<c>_data = data;</c>, <c>Rows = rows;</c>).
    /// </summary>
    private IOperation? ArgumentFor(IObjectCreationOperation creation, ISymbol member)
    {
        if (creation.Constructor is not { } constructor || !MemberStorage.IsDeclaredOnTypeOrBase(member, constructor.ContainingType))
        {
            return null;
        }

        var target = member is IFieldSymbol { AssociatedSymbol: IPropertySymbol property } ? property : member;
        IParameterSymbol? source = null;
        if (constructor.ContainingType.IsRecord && target is IPropertySymbol targetProperty
            && constructor.DeclaringSyntaxReferences is [var declared] && declared.GetSyntax(_cancellationToken) is Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax)
        {
            // record R(double[] Buffer, …): the positional property Buffer is the parameter Buffer.
            source = constructor.Parameters.FirstOrDefault(parameter => parameter.Name == targetProperty.Name && SymbolEqualityComparer.Default.Equals(parameter.Type, targetProperty.Type));
        }
        else if (SourceModel is { } model && constructor.DeclaringSyntaxReferences is [var body] && body.SyntaxTree == model.SyntaxTree
            && model.GetOperation(body.GetSyntax(_cancellationToken), _cancellationToken) is { } constructed)
        {
            // A constructor body assigning the member a parameter once.
            var assigned = constructed.Descendants().OfType<ISimpleAssignmentOperation>()
                .Where(assignment => Unwrap(assignment.Target) is IMemberReferenceOperation { Instance: var owner } written && Unwrap(owner) is IInstanceReferenceOperation
                    && (SymbolEqualityComparer.Default.Equals(written.Member.OriginalDefinition, target.OriginalDefinition)
                        || SymbolEqualityComparer.Default.Equals(written.Member.OriginalDefinition, member.OriginalDefinition)))
                .ToList();
            if (assigned is [{ Value: var value }] && Unwrap(value) is IParameterReferenceOperation { Parameter: var parameter }
                && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol?.OriginalDefinition, constructor.OriginalDefinition))
            {
                source = parameter;
            }
        }

        return source is null
            ? null
            : creation.Arguments.FirstOrDefault(argument => argument.Parameter is { } bound && bound.Ordinal == source.Ordinal && argument.ArgumentKind == ArgumentKind.Explicit)?.Value is { } passed
                ? Unwrap(passed)
                : null;
    }
}
