using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace LayerGen.Analyzers.Softmax.Model;

/// <summary>
/// Decides from a user method's source whether it maps one container element by element through its delegate
/// parameter, as <c>Enumerable.Select</c> does (<c>tensor.Map(v =&gt; …)</c>, <c>Apply</c>, a static
/// <c>Tensor.Map(t, f)</c>, an extension): every use of the delegate must be one of
/// <list type="bullet">
/// <item>a call on one element of the container, inside a walk over it, whose result is stored as one element
/// (<c>result[i] = f(data[i])</c>, <c>list.Add(f(v))</c> in a <c>foreach</c>, <c>yield return f(v)</c>, the body of a
/// <c>Select</c> lambda);</item>
/// <item>the selector of a LINQ <c>Select</c> or <c>ConvertAll</c> over the container, whose result is kept
/// (returned, wrapped, stored), not reduced;</item>
/// <item>the delegate of another such map of the same container (<c>public T Apply(Func&lt;…&gt; f) =&gt; Map(f)</c>).</item>
/// </list>
/// The container is the receiver or one parameter: read directly (<c>this[i]</c>, <c>foreach (var v in t)</c>) or
/// through the one instance field of its type that holds elements of the delegate's input type (<c>_values[i]</c>,
/// <c>t.Data[i]</c>). A delegate called once, with a constant or a non-element, over another collection, stored,
/// passed elsewhere or folded into a number makes the method no map; so does a body not in the analysed file
/// (metadata, another file) or a method that may be replaced (abstract, virtual, interface).
/// </summary>
internal sealed class ElementMapReader
{
    /// <summary>Maps delegating to maps are followed this many methods deep.</summary>
    private const int MaxDelegationDepth = 3;

    /// <summary>A method larger than this is not read (a map is a few lines).</summary>
    private const int MaxBodyNodes = 2000;

    private readonly SemanticModel _model;
    private readonly WellKnownSymbols _symbols;
    private readonly CancellationToken _cancellationToken;
    private readonly HashSet<IMethodSymbol> _inProgress = new(SymbolEqualityComparer.Default);

    private ElementMapReader(SemanticModel model, WellKnownSymbols symbols, CancellationToken cancellationToken)
    {
        _model = model;
        _symbols = symbols;
        _cancellationToken = cancellationToken;
    }

    /// <summary>The shape of <paramref name="method"/> (declared in <paramref name="model"/>'s file), or <see cref="ElementMapShape.None"/>.</summary>
    public static ElementMapShape Read(IMethodSymbol method, SemanticModel model, WellKnownSymbols symbols, CancellationToken cancellationToken) =>
        new ElementMapReader(model, symbols, cancellationToken).ShapeOf(method);

    /// <summary>
    /// The cheap test before reading a body: an ordinary, non-replaceable method of a class or struct declared once in
    /// <paramref name="tree"/> with one delegate parameter from one number to one value.
    /// </summary>
    public static bool MayBeElementMap(IMethodSymbol method, SyntaxTree tree) =>
        method is { MethodKind: MethodKind.Ordinary, IsAbstract: false, IsVirtual: false, IsOverride: false, IsExtern: false }
        && method.ContainingType is { TypeKind: TypeKind.Class or TypeKind.Struct }
        && method.DeclaringSyntaxReferences.Length == 1 && method.DeclaringSyntaxReferences[0].SyntaxTree == tree
        && DelegateParameter(method) is not null;

    /// <summary>The one parameter of delegate type taking one number and returning a value; null when there is none or more than one.</summary>
    private static IParameterSymbol? DelegateParameter(IMethodSymbol method)
    {
        IParameterSymbol? found = null;
        foreach (var parameter in method.Parameters)
        {
            if (parameter.Type.TypeKind != TypeKind.Delegate)
            {
                continue;
            }

            if (found is not null || parameter.RefKind != RefKind.None
                || parameter.Type is not INamedTypeSymbol { DelegateInvokeMethod: { ReturnsVoid: false, Parameters: [{ RefKind: RefKind.None } input] } }
                || !WellKnownSymbols.IsNumeric(input.Type))
            {
                return null;
            }

            found = parameter;
        }

        return found;
    }

    private ElementMapShape ShapeOf(IMethodSymbol method)
    {
        method = (method.ReducedFrom ?? method).OriginalDefinition;
        if (!MayBeElementMap(method, _model.SyntaxTree) || _inProgress.Count >= MaxDelegationDepth || !_inProgress.Add(method))
        {
            return ElementMapShape.None;
        }

        try
        {
            return ReadBody(method);
        }
        finally
        {
            _inProgress.Remove(method);
        }
    }

    private ElementMapShape ReadBody(IMethodSymbol method)
    {
        var delegateParameter = DelegateParameter(method)!;
        var element = ((INamedTypeSymbol)delegateParameter.Type).DelegateInvokeMethod!.Parameters[0].Type;

        // A map returns the mapped container or nothing (in place); a number or a flag is a fold of the results.
        if (WellKnownSymbols.IsNumeric(method.ReturnType) || method.ReturnType.SpecialType is >= SpecialType.System_Boolean and <= SpecialType.System_String)
        {
            return ElementMapShape.None;
        }

        if (method.DeclaringSyntaxReferences[0].GetSyntax(_cancellationToken) is not MethodDeclarationSyntax { } declaration
            || declaration.Body is null && declaration.ExpressionBody is null
            || declaration.DescendantNodes().Skip(MaxBodyNodes).Any()
            || _model.GetOperation(declaration, _cancellationToken) is not { } body)
        {
            return ElementMapShape.None;
        }

        int? source = null;
        foreach (var reference in body.Descendants().OfType<IParameterReferenceOperation>())
        {
            if (!SymbolEqualityComparer.Default.Equals(reference.Parameter, delegateParameter))
            {
                continue;
            }

            var mapped = MappedSource(reference, method, element);
            if (mapped is null || source is not null && source != mapped)
            {
                return ElementMapShape.None;
            }

            source = mapped;
        }

        return source is { } ordinal ? new ElementMapShape(delegateParameter.Ordinal, ordinal, !method.ReturnsVoid) : ElementMapShape.None;
    }

    /// <summary>The container one use of the delegate maps element by element (an ordinal, see <see cref="ElementMapShape.SourceOrdinal"/>); null for any other use.</summary>
    private int? MappedSource(IParameterReferenceOperation reference, IMethodSymbol method, ITypeSymbol element)
    {
        IOperation use = reference;
        var parent = reference.Parent;
        while (parent is IConversionOperation or IDelegateCreationOperation or IParenthesizedOperation)
        {
            use = parent;
            parent = parent.Parent;
        }

        switch (parent)
        {
            case IInvocationOperation { TargetMethod.MethodKind: MethodKind.DelegateInvoke, Arguments.Length: 1 } invoke when invoke.Instance == use:
                return StoredElementWise(invoke) is var store and not StoreKind.None
                    ? ElementSource(invoke.Arguments[0].Value, invoke, store, method, element)
                    : null;
            case IArgumentOperation { Parameter: { } parameter, Parent: IInvocationOperation call }:
                return PassedToMap(call, parameter, method, element);
            default:
                return null;
        }
    }

    /// <summary>Where a delegate call's result goes: into one element of a buffer, or out of a LINQ selector lambda.</summary>
    private enum StoreKind
    {
        None,
        Element,
        SelectorResult,
    }

    private StoreKind StoredElementWise(IInvocationOperation invoke)
    {
        var value = SoftmaxModel.UnwrapUp(invoke);
        var parent = value.Parent;

        return parent switch
        {
            ISimpleAssignmentOperation assignment when assignment.Value == value
                && SoftmaxModel.Unwrap(assignment.Target) is IArrayElementReferenceOperation or IPropertyReferenceOperation { Property.IsIndexer: true } => StoreKind.Element,
            IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "Add", IsStatic: false, Parameters.Length: 1 }, Instance: not null } } => StoreKind.Element,
            IReturnOperation { Kind: OperationKind.YieldReturn } => StoreKind.Element,
            IReturnOperation { Kind: OperationKind.Return } => StoreKind.SelectorResult,
            _ => StoreKind.None,
        };
    }

    /// <summary>
    /// The container whose one element <paramref name="argument"/> is, read in a walk over it: <c>data[i]</c> with a
    /// stepped index, a <c>foreach</c> variable, the element parameter of the <c>Select</c> lambda whose result the call is.
    /// </summary>
    private int? ElementSource(IOperation argument, IInvocationOperation invoke, StoreKind store, IMethodSymbol method, ITypeSymbol element)
    {
        switch (SoftmaxModel.Unwrap(argument))
        {
            case IArrayElementReferenceOperation read when store == StoreKind.Element && read.Indices.Any(index => IsSteppedIndex(index, invoke)):
                return SourceOf(read.ArrayReference, method, element);
            case IPropertyReferenceOperation { Property.IsIndexer: true, Instance: { } instance } read
                when store == StoreKind.Element && read.Arguments.Any(index => IsSteppedIndex(index.Value, invoke)):
                return SourceOf(instance, method, element);
            case ILocalReferenceOperation { Local: var local } when store == StoreKind.Element:
                return ForEachCollection(local, invoke) is { } collection ? SourceOf(collection, method, element) : null;
            case IParameterReferenceOperation { Parameter: { Ordinal: 0, ContainingSymbol: IMethodSymbol { MethodKind: MethodKind.AnonymousFunction, Parameters.Length: 1 } lambdaSymbol } }
                when store == StoreKind.SelectorResult && SoftmaxModel.EnclosingLambda(invoke) is { } lambda && SymbolEqualityComparer.Default.Equals(lambda.Symbol, lambdaSymbol)
                && ArgumentOwner(lambda) is { } call && SelectedCollection(call) is { } selected && IsKept(call):
                return SourceOf(selected, method, element);
            default:
                return null;
        }
    }

    /// <summary>A delegate passed on: the selector of <c>Select</c>/<c>ConvertAll</c> over the container, or the delegate of another map.</summary>
    private int? PassedToMap(IInvocationOperation call, IParameterSymbol parameter, IMethodSymbol method, ITypeSymbol element)
    {
        if (SelectedCollection(call) is { } selected && parameter.Ordinal == call.TargetMethod.Parameters.Length - 1)
        {
            return IsKept(call) ? SourceOf(selected, method, element) : null;
        }

        var shape = ShapeOf(call.TargetMethod);
        if (shape.IsNone || parameter.Ordinal != shape.DelegateOrdinal || shape.ReturnsMapped && !IsKept(call))
        {
            return null;
        }

        var collection = shape.SourceOrdinal == ElementMapShape.Receiver ? call.Instance : ArgumentAt(call, shape.SourceOrdinal);
        return collection is null ? null : SourceOf(collection, method, element);
    }

    /// <summary>The source of <c>Enumerable.Select(source, v =&gt; …)</c>, <c>list.ConvertAll(f)</c> or <c>Array.ConvertAll(a, f)</c>; null for any other call.</summary>
    private IOperation? SelectedCollection(IInvocationOperation call)
    {
        var method = call.TargetMethod;
        var isSelect = method is { Name: "Select", Parameters.Length: 2 } && _symbols.IsLinqOperatorType(method.ContainingType)
            && method.Parameters[1].Type is INamedTypeSymbol { DelegateInvokeMethod.Parameters.Length: 1 };
        var isConvertAll = WellKnownSymbols.IsImmutableConvertAll(method) || (method.Name == "ConvertAll" && method.ContainingType is { } type
            && (method.IsStatic ? SymbolEqualityComparer.Default.Equals(type, _symbols.Array) : type.Name == "List" && type.ContainingNamespace?.ToDisplayString() == "System.Collections.Generic"));
        if (!isSelect && !isConvertAll)
        {
            return null;
        }

        return call.Instance ?? ArgumentAt(call, 0);
    }

    /// <summary>
    /// True when the sequence a call makes is kept whole: returned, stored, given to a constructor or another call's
    /// argument list as a container (through <c>ToArray</c>/<c>ToList</c>), not folded by <c>Sum</c>, <c>Max</c> or <c>Aggregate</c>.
    /// </summary>
    private bool IsKept(IInvocationOperation call)
    {
        IOperation value = call;
        for (var parent = call.Parent; parent is not null; value = parent, parent = parent.Parent)
        {
            switch (parent)
            {
                case IConversionOperation or IParenthesizedOperation:
                    continue;
                case IArgumentOperation { Parent: IInvocationOperation { TargetMethod: { Name: "ToArray" or "ToList" or "AsEnumerable" } copy } copier }
                    when _symbols.IsLinqOperatorType(copy.ContainingType):
                    parent = copier;
                    continue;
                case IInvocationOperation { TargetMethod.Name: "ToArray" or "ToList", Arguments.Length: 0 } copy when copy.Instance == value:
                    continue;
                case IReturnOperation or IVariableInitializerOperation or IArgumentOperation { Parent: IObjectCreationOperation }:
                    return true;
                case ISimpleAssignmentOperation assignment:
                    return assignment.Value == value;
                default:
                    return false;
            }
        }

        return false;
    }

    /// <summary>
    /// The receiver or the parameter a collection operand denotes: <c>this</c>, a parameter, or the element-holding
    /// field of either (<see cref="StorageField"/>).
    /// </summary>
    private static int? SourceOf(IOperation? collection, IMethodSymbol method, ITypeSymbol element)
    {
        switch (SoftmaxModel.Unwrap(collection))
        {
            case IInstanceReferenceOperation when !method.IsStatic:
                return ElementMapShape.Receiver;
            case IParameterReferenceOperation { Parameter: var parameter } when SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, method)
                && parameter.Type.TypeKind != TypeKind.Delegate && !WellKnownSymbols.IsNumeric(parameter.Type):
                return parameter.Ordinal;
            case IFieldReferenceOperation { Field: var field, Instance: { Type: { } owner } instance }
                when SymbolEqualityComparer.Default.Equals(StorageField(owner, element), field.OriginalDefinition):
                return SourceOf(instance, method, element);
            case IPropertyReferenceOperation { Property: { IsIndexer: false } property, Instance: { Type: { } owner } instance }
                when StorageField(owner, element) is { AssociatedSymbol: { } backed } && SymbolEqualityComparer.Default.Equals(backed, property.OriginalDefinition):
                return SourceOf(instance, method, element);
            default:
                return null;
        }
    }

    /// <summary>
    /// The one instance field of <paramref name="type"/> (an auto-property's backing field too) that is an array or list
    /// of <paramref name="element"/>; null when there is none or more than one (then which one a method maps is not
    /// the container's elements but a choice).
    /// </summary>
    private static IFieldSymbol? StorageField(ITypeSymbol type, ITypeSymbol element)
    {
        IFieldSymbol? found = null;
        foreach (var member in type.OriginalDefinition.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false, IsConst: false } field && ElementTypeOf(field.Type) is { } held
                && SymbolEqualityComparer.Default.Equals(held, element.OriginalDefinition))
            {
                if (found is not null)
                {
                    return null;
                }

                found = field;
            }
        }

        return found;
    }

    /// <summary>
    /// The one instance field of <paramref name="type"/> (an auto-property's backing field too) that is an array or list
    /// of numbers: the element storage of a wrapper type; null when there is none or more than one.
    /// </summary>
    public static IFieldSymbol? StorageFieldOf(ITypeSymbol type)
    {
        IFieldSymbol? found = null;
        foreach (var member in type.OriginalDefinition.GetMembers())
        {
            if (member is IFieldSymbol { IsStatic: false, IsConst: false } field && ElementTypeOf(field.Type) is { } held && WellKnownSymbols.IsNumeric(held))
            {
                if (found is not null)
                {
                    return null;
                }

                found = field;
            }
        }

        return found;
    }

    private static ITypeSymbol? ElementTypeOf(ITypeSymbol type) => type switch
    {
        IArrayTypeSymbol array => array.ElementType,
        INamedTypeSymbol { TypeArguments: [var argument] } named when WellKnownSymbols.IsBuffer(named) => argument,
        _ => null,
    };

    /// <summary>
    /// True when an index reads a variable that walks: declared by an enclosing <c>for</c>, written inside an enclosing
    /// loop, or the index parameter of an enclosing <c>Parallel.For</c> body.
    /// </summary>
    private bool IsSteppedIndex(IOperation index, IInvocationOperation invoke)
    {
        foreach (var read in index.DescendantsAndSelf())
        {
            ISymbol? variable = read switch
            {
                ILocalReferenceOperation local => local.Local,
                IParameterReferenceOperation parameter => parameter.Parameter,
                _ => null,
            };
            if (variable is null)
            {
                continue;
            }

            for (var current = invoke.Parent; current is not null; current = current.Parent)
            {
                switch (current)
                {
                    case IForLoopOperation forLoop when forLoop.Locals.Contains(variable, SymbolEqualityComparer.Default):
                        return true;
                    case ILoopOperation loop when IsWrittenIn(variable, loop):
                        return true;
                    case IAnonymousFunctionOperation lambda when variable is IParameterSymbol { Ordinal: 0 } parameter
                        && SymbolEqualityComparer.Default.Equals(parameter.ContainingSymbol, lambda.Symbol)
                        && ArgumentOwner(lambda) is { TargetMethod: var loopMethod } && _symbols.IsParallelIndexLoop(loopMethod):
                        return true;
                }
            }
        }

        return false;
    }

    private static bool IsWrittenIn(ISymbol variable, ILoopOperation loop) =>
        loop.Descendants().Any(operation => operation switch
        {
            IIncrementOrDecrementOperation step => IsVariable(step.Target, variable),
            ICompoundAssignmentOperation compound => IsVariable(compound.Target, variable),
            ISimpleAssignmentOperation assignment => IsVariable(assignment.Target, variable),
            _ => false,
        });

    private static bool IsVariable(IOperation target, ISymbol variable) => target switch
    {
        ILocalReferenceOperation local => SymbolEqualityComparer.Default.Equals(local.Local, variable),
        IParameterReferenceOperation parameter => SymbolEqualityComparer.Default.Equals(parameter.Parameter, variable),
        _ => false,
    };

    /// <summary>The collection of the enclosing <c>foreach</c> whose iteration variable <paramref name="local"/> is.</summary>
    private static IOperation? ForEachCollection(ILocalSymbol local, IOperation inside)
    {
        for (var current = inside.Parent; current is not null; current = current.Parent)
        {
            if (current is IForEachLoopOperation { LoopControlVariable: IVariableDeclaratorOperation { Symbol: var declared } } loop
                && SymbolEqualityComparer.Default.Equals(declared, local))
            {
                return loop.Collection;
            }
        }

        return null;
    }

    /// <summary>The call a lambda is an argument of (past its delegate creation), if any.</summary>
    private static IInvocationOperation? ArgumentOwner(IAnonymousFunctionOperation lambda)
    {
        var parent = lambda.Parent;
        while (parent is IDelegateCreationOperation or IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: IInvocationOperation call } ? call : null;
    }

    /// <summary>The value passed for the parameter of ordinal <paramref name="ordinal"/>, whatever the argument order.</summary>
    public static IOperation? ArgumentAt(IInvocationOperation call, int ordinal)
    {
        foreach (var argument in call.Arguments)
        {
            if (argument.Parameter?.Ordinal == ordinal)
            {
                return argument.Value;
            }
        }

        return null;
    }
}
