using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Buffers of records (<see cref="WellKnownSymbols.IsRecordBuffer"/>): <c>c.Logit</c> of <c>foreach (ref TokenData c in
/// span)</c>, <c>c.Score</c> of <c>nBest.Select(c =&gt; …)</c>, <c>items[i].Value</c>, a deconstructed tuple element. A
/// numeric member of an element is read as that element (same buffer, same dimensions) plus whatever the method writes
/// into the member (<c>c.P = MathF.Exp(c.Logit)</c> makes every <c>c.P</c> an exp). Members are not told apart: a
/// softmax over one member of a record is the only softmax a buffer of records holds in practice.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>The facts of <c>element.Member</c> when <c>element</c> is an element of a buffer of records; null otherwise.</summary>
    /// <remarks>
    /// What the method writes into members (<c>c.P = MathF.Exp(c.Logit)</c>) is stored into the buffer like any element
    /// write (<see cref="MayBeMemberOfElement"/>), so a read sees it through the element's facts, whatever the order
    /// in which reads and writes are evaluated.
    /// </remarks>
    private ValueFacts? MemberOfElement(IOperation member)
    {
        if (!MayBeMemberOfElement(member) || ElementRoot(MemberInstance(member)!) is null)
        {
            return null;
        }

        return Eval(MemberInstance(member));
    }

    /// <summary>A numeric instance member of a record-typed value other than <c>this</c> (syntax and types only: no evaluation).</summary>
    private static bool MayBeMemberOfElement(IOperation? member) =>
        WellKnownSymbols.IsNumeric(member?.Type) && MemberInstance(member) is { } instance
        && instance is not IInstanceReferenceOperation && WellKnownSymbols.IsRecord(instance.Type);

    private static IOperation? MemberInstance(IOperation? member) => Unwrap(member) switch
    {
        IFieldReferenceOperation { Field.IsStatic: false } field => ConditionalReceiver(Unwrap(field.Instance)),
        IPropertyReferenceOperation { Property: { IsStatic: false, IsIndexer: false } } property => ConditionalReceiver(Unwrap(property.Instance)),
        _ => null,
    };

    /// <summary>
    /// <c>r.Score</c>, a one-dimensional buffer member of an element of a buffer of records (a <c>foreach</c> variable, a
    /// LINQ lambda's element, <c>rows[k]</c>): one row of a jagged buffer whose first level is the records (picked by
    /// the loops that picked the element, in the records' own dimensions) and whose second is the member's elements.
    /// <c>rows.Aggregate(seed, (m, r) =&gt; Math.Max(m, r.Score.Max()))</c> then folds both levels, as
    /// <c>x.Max(r =&gt; r.Max())</c> does over a <c>float[][]</c>; null for any other member.
    /// </summary>
    private BufferView? RecordRowView(IOperation member)
    {
        // A struct's fixed-size buffer (typed as a pointer) is a row of its element too (FixedSizeBuffers.cs).
        if (!(WellKnownSymbols.IsNumericRow(member.Type) || WellKnownSymbols.IsNumericDictionary(member.Type) || WellKnownSymbols.IsRowOfRecords(member.Type)
                || IsNumericFixedSizeBuffer(member)) || MemberInstance(member) is not { } instance || instance is IInstanceReferenceOperation || !WellKnownSymbols.IsRecord(instance.Type)
            || ElementRoot(instance) is null || VariableOf(member) is not { } symbol || Eval(instance).Dims is not { Count: > 0 } picked)
        {
            return null;
        }

        return MemberRow(MemberIdentity(symbol, HeldRecordType(instance)), picked);
    }

    /// <summary>
    /// The record type as the buffer holds it, for an element read through <paramref name="instance"/>: the copied
    /// element's type for a local copied from one (<c>(double[] P, double[] L) run = runs[r]</c> holds a
    /// <c>(double[] Previous, double[] Last)</c>), the collection's element type for a <c>foreach</c> variable, else the
    /// instance's own type.
    /// </summary>
    private ITypeSymbol? HeldRecordType(IOperation instance) => instance switch
    {
        ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } forEach => ElementType(forEach.Collection.Type) ?? instance.Type,
        ILocalReferenceOperation { Local: var local } when CopiedElement(local) is { } element => element.Type,
        _ => instance.Type,
    };

    /// <summary>
    /// The buffer of records an element belongs to: the collection of a <c>foreach</c> variable, the source of a LINQ
    /// lambda's element parameter, the array or list of <c>items[i]</c>; null for any other record value.
    /// </summary>
    private ISymbol? ElementRoot(IOperation instance) => instance switch
    {
        ILocalReferenceOperation { Local: var local } when ForEachOf(local) is { } forEach => EvalView(forEach.Collection)?.Root,
        IParameterReferenceOperation { Parameter: var parameter } when LambdaOf(parameter) is { } lambda && IteratingCall(lambda) is { } call
            && ParameterSourceView(parameter, lambda, call, out var isElement) is var source && isElement => source?.Root,
        IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } => RootOf(instance),
        ILocalReferenceOperation { Local: var local } when CopiedElement(local) is { } element => ElementRoot(element),
        _ => null,
    };

    /// <summary>
    /// The element a local was copied from once (<c>Candidate c = candidates[i];</c>, <c>ref var c = ref span[i];</c>):
    /// its members are that element's; null for a local written more than once or from anything else.
    /// </summary>
    private IOperation? CopiedElement(ILocalSymbol local) =>
        ForEachOf(local) is null && WritesOf(local) is { Count: 1 } writes && writes[0].Operation is IVariableDeclaratorOperation
            && Unwrap(writes[0].Value) is { } value && IsElementAccess(value) ? value : null;

    /// <summary>
    /// A record value made from others: <c>p with { Score = MathF.Exp(p.Logit) }</c> is <c>p</c> plus what its
    /// initializer writes, <c>new Prediction(c, logit, MathF.Exp(logit))</c> what its arguments and initializer are
    /// (members are not told apart, see the type's summary); null for a type that is no record.
    /// </summary>
    private ValueFacts? RecordCreationValue(IOperation operation)
    {
        var (source, arguments, initializer) = operation switch
        {
            IWithOperation with => (with.Operand, ImmutableArray<IArgumentOperation>.Empty, (IOperation?)with.Initializer),
            IObjectCreationOperation creation => (null, creation.Arguments, creation.Initializer),
            _ => (null, ImmutableArray<IArgumentOperation>.Empty, null),
        };
        if (!WellKnownSymbols.IsRecord(operation.Type))
        {
            return null;
        }

        var facts = Eval(source);
        foreach (var argument in arguments)
        {
            facts = facts.Merge(Eval(argument.Value));
        }

        if (initializer is IObjectOrCollectionInitializerOperation members)
        {
            foreach (var member in members.Initializers)
            {
                if (member is IAssignmentOperation { Value: var value })
                {
                    facts = facts.Merge(Eval(value));
                }
            }
        }

        return facts;
    }
}
