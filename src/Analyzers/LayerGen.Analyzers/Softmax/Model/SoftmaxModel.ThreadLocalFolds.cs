using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary><c>Parallel.For&lt;TLocal&gt;</c> / <c>ForEach&lt;TLocal&gt;</c>: what each thread's local folds, as seen by <c>localFinally</c>.</summary>
internal sealed partial class SoftmaxModel
{
    /// <summary>
    /// The value a <c>Parallel.For&lt;TLocal&gt;</c> / <c>ForEach</c> hands to <c>localFinally</c>: one thread's fold of what
    /// the body returns over the iterations it ran. Its dimensions are the body's, moved to <c>localFinally</c>, which is
    /// called once per thread: a max or sum merged there under a lock folds whatever the body's loop walked.
    /// </summary>
    private ValueFacts ThreadLocalResult(IAnonymousFunctionOperation localFinally, IInvocationOperation call)
    {
        foreach (var argument in call.Arguments)
        {
            var value = Unwrap(argument.Value);
            while (value is IDelegateCreationOperation creation)
            {
                value = Unwrap(creation.Target);
            }

            if (argument.Parameter?.Name != "body" || value is not IAnonymousFunctionOperation body)
            {
                continue;
            }

            // (i, _, local) => { for (…) local = Max(local, x[i, j]); return local; }: the body folds into its local.
            var result = ValueFacts.Empty;
            foreach (var operation in body.Body.DescendantsAndSelf())
            {
                if (operation is IReturnOperation { ReturnedValue: { } returned } && EnclosingLambda(operation) == body)
                {
                    result = result.Merge(VariableOf(returned) is IParameterSymbol && ReductionAt(returned, returned) is { } fold
                        ? fold.Elements.With(dims: ValueFacts.DimsOf(localFinally, fold.Atoms))
                        : Eval(returned) is var folded ? folded.With(dims: ValueFacts.RenameLoop(folded.Dims, body, localFinally)) : ValueFacts.Empty);
                }
            }

            return result;
        }

        return ValueFacts.Opaque();
    }
}
