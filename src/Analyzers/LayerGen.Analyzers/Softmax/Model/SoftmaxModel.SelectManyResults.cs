using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// <c>SelectMany</c> and its result selector: <c>groups.SelectMany(g =&gt; g.Options)</c> walks every member of every
/// group (the groups' level and the member row's level), and <c>groups.SelectMany(g =&gt; g.Options, (g, o) =&gt; o.U)</c>
/// (what query syntax's second <c>from</c> compiles to: <c>from g in groups from o in g.Options select o.U</c>) walks the
/// same members, one result per member. The result selector's second parameter is the member, so a max over its results
/// spans both levels exactly like <c>groups.SelectMany(g =&gt; g.Options).Max(o =&gt; o.U)</c>.
/// </summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// Every element of every row <c>SelectMany</c>'s collection selector makes (<c>x.SelectMany(r =&gt; r.Options)</c>),
    /// the selector standing for "this row" in the rows' dimensions; null when the selector makes no row we read.
    /// </summary>
    private BufferView? MembersView(IInvocationOperation selectMany)
    {
        if (selectMany.TargetMethod.Name != "SelectMany" || selectMany.Arguments.Length is not (2 or 3)
            || CollectionSelector(selectMany) is not { } rows || ReturnedView(rows) is not { } madeRow
            || EvalView(selectMany.Instance ?? selectMany.Arguments[0].Value) is not { } outer)
        {
            return null;
        }

        var walked = outer.Layout == BufferLayout.Sequence ? outer : outer.Flatten();
        return new BufferView(outer.Root, BufferLayout.Sequence, 1, 0, null, outer.FixedDims, flattened: true, null, rows, walked, madeRow);
    }

    /// <summary>
    /// <c>x.SelectMany(r =&gt; r.Options, (r, o) =&gt; o.U)</c>: a sequence of what the result selector returns, one per
    /// member of <see cref="MembersView"/> (a row per member when it returns a row); null when the members are not read.
    /// </summary>
    private BufferView? ResultSelectorView(IInvocationOperation selectMany)
    {
        if (ResultSelector(selectMany) is not { } results || MembersView(selectMany) is not { } members)
        {
            return null;
        }

        return ReturnedView(results) is { } resultRow
            ? new BufferView(members.Root, BufferLayout.Sequence, 1, 0, null, members.FixedDims, flattened: false, null, results, members, resultRow)
            : new BufferView(members.Root, BufferLayout.Sequence, 1, 0, null, members.FixedDims, flattened: false, ReturnedFacts(results), results, members);
    }

    /// <summary>
    /// The view a parameter of a lambda an iterating call invokes walks: the call's source for the element parameter
    /// (<see cref="ElementOrdinal"/>), <see cref="MembersView"/> for the member parameter of a <c>SelectMany</c> result
    /// selector; <paramref name="isElement"/> is false for any other parameter (an index, an accumulator).
    /// </summary>
    private BufferView? ParameterSourceView(IParameterSymbol parameter, IAnonymousFunctionOperation lambda, IInvocationOperation call, out bool isElement)
    {
        if (parameter.Ordinal == 1 && ResultSelector(call) == lambda)
        {
            isElement = true;
            return MembersView(call);
        }

        if (ZippedSequence(parameter, call) is { } second)
        {
            isElement = true;
            return EvalView(second);
        }

        isElement = parameter.Ordinal == ElementOrdinal(call);
        return isElement ? SourceView(call) : null;
    }

    /// <summary>
    /// The collection selector of <c>SelectMany</c> (<c>r =&gt; r.Options</c>, or <c>(r, i) =&gt; …</c> with the row's
    /// index), if it is a lambda.
    /// </summary>
    private static IAnonymousFunctionOperation? CollectionSelector(IInvocationOperation selectMany) =>
        selectMany.TargetMethod.Name == "SelectMany" && selectMany.Arguments.Length is 2 or 3
        && LambdaAt(selectMany.Arguments[1].Value) is { Symbol.Parameters.Length: 1 or 2 } rows ? rows : null;

    /// <summary>The two-parameter result selector of <c>SelectMany</c> (<c>(r, o) =&gt; o.U</c>), if it is a lambda.</summary>
    private static IAnonymousFunctionOperation? ResultSelector(IInvocationOperation call) =>
        call.TargetMethod.Name == "SelectMany" && call.Arguments.Length == 3 && CollectionSelector(call) is not null
        && LambdaAt(call.Arguments[2].Value) is { Symbol.Parameters.Length: 2 } results ? results : null;

    private static IAnonymousFunctionOperation? LambdaAt(IOperation argument)
    {
        var value = Unwrap(argument);
        while (value is IDelegateCreationOperation creation)
        {
            value = Unwrap(creation.Target);
        }

        return value as IAnonymousFunctionOperation;
    }
}
